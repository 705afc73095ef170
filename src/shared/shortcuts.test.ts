import { describe, expect, it } from 'vitest';
import { menuCommandIds } from './menu-commands';
import { sections } from './sections';
import { accelerator, goPath, matchesShortcut, shortcut, shortcuts, shortcutText } from './shortcuts';

describe('the shortcut table', () => {
  it('gives every key combination to one action only', () => {
    const combos = shortcuts.map(accelerator);
    expect(new Set(combos).size).toBe(combos.length);
  });

  it('has a Go shortcut for every section of the sidebar', () => {
    for (const section of sections) {
      const go = shortcuts.find((s) => goPath(s) === section.path);
      expect(go, section.path).toMatchObject({ key: section.key, label: section.label });
    }
  });

  it('reads as people expect on each platform', () => {
    expect(shortcutText(shortcut('file.checkin'), false)).toBe('Ctrl+Shift+K');
    expect(shortcutText(shortcut('file.checkin'), true)).toBe('⇧⌘K');
    expect(accelerator(shortcut('go.journal'))).toBe('CmdOrCtrl+1');
  });

  it('matches key presses with Ctrl or Cmd, the right Shift, never Alt', () => {
    const checkin = shortcut('file.checkin');
    const press = { key: 'K', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(matchesShortcut(checkin, press)).toBe(true);
    expect(matchesShortcut(checkin, { ...press, ctrlKey: false, metaKey: true })).toBe(true);
    expect(matchesShortcut(checkin, { ...press, shiftKey: false })).toBe(false);
    expect(matchesShortcut(checkin, { ...press, altKey: true })).toBe(false);
  });

  it('every menu command the page carries out is in the table (or is About)', () => {
    for (const id of menuCommandIds) expect(id === 'help.about' || shortcuts.some((s) => s.id === id), id).toBe(true);
  });
});
