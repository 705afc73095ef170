import { SAFETY_PLAN_PATH, sections } from './sections';

/*
 * Every keyboard shortcut Cairn has, in one table. The application menu shows
 * them as accelerators, the Keyboard shortcuts dialog lists them, and the
 * page's key handlers are named after them, so the three cannot drift apart.
 */

export type ShortcutGroup = 'File' | 'Go' | 'Writing' | 'Help';

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  /** What it does, in the words the menu and the dialog use. */
  label: string;
  /** The key with Ctrl (Cmd on macOS); `shift` adds Shift. */
  key: string;
  shift?: boolean;
}

export const shortcuts: readonly Shortcut[] = [
  { id: 'file.newEntry', group: 'File', label: 'New journal entry', key: 'N' },
  { id: 'file.checkin', group: 'File', label: 'Check in today', key: 'K', shift: true },
  { id: 'file.printSummary', group: 'File', label: 'Print summary', key: 'P' },
  { id: 'file.lock', group: 'File', label: 'Lock Cairn', key: 'L' },
  ...sections.map((s) => ({ id: `go.${s.path.slice(1)}`, group: 'Go' as const, label: s.label, key: s.key })),
  { id: 'go.safety-plan', group: 'Go', label: 'Safety plan', key: 'S', shift: true },
  { id: 'go.search', group: 'Go', label: 'Search everything', key: 'K' },
  { id: 'writing.save', group: 'Writing', label: 'Save the entry or check-in you are writing', key: 'Enter' },
  { id: 'writing.undo', group: 'Writing', label: 'Undo a delete while its notice shows', key: 'Z' },
  { id: 'help.shortcuts', group: 'Help', label: 'Keyboard shortcuts', key: '/' },
];

export const shortcutGroups: readonly ShortcutGroup[] = ['File', 'Go', 'Writing', 'Help'];

export function shortcut(id: string): Shortcut {
  const found = shortcuts.find((s) => s.id === id);
  if (!found) throw new Error(`No shortcut "${id}"`);
  return found;
}

/** The path a Go shortcut leads to (sections and the safety plan). */
export const goPath = (s: Shortcut): string | null =>
  s.id === 'go.safety-plan' ? SAFETY_PLAN_PATH : (sections.find((section) => `go.${section.path.slice(1)}` === s.id)?.path ?? null);

/** Electron's accelerator string, e.g. "CmdOrCtrl+Shift+K". */
export const accelerator = (s: Shortcut): string => `CmdOrCtrl+${s.shift ? 'Shift+' : ''}${s.key === '/' ? '/' : s.key}`;

/** As people read it: "Ctrl+Shift+K" or "⇧⌘K". */
export const shortcutText = (s: Shortcut, mac: boolean): string =>
  mac ? `${s.shift ? '⇧' : ''}⌘${s.key === 'Enter' ? '↩' : s.key}` : `Ctrl+${s.shift ? 'Shift+' : ''}${s.key}`;

/** For aria-keyshortcuts, e.g. "Control+Shift+K". */
export const ariaShortcut = (s: Shortcut, mac: boolean): string => `${mac ? 'Meta' : 'Control'}+${s.shift ? 'Shift+' : ''}${s.key}`;

/** Whether a keydown matches (Ctrl or Cmd, Alt never). */
export const matchesShortcut = (
  s: Shortcut,
  e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
): boolean => (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === Boolean(s.shift) && e.key.toLowerCase() === s.key.toLowerCase();
