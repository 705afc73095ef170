import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { sections } from '../../src/shared/sections';

vi.mock('electron', () => ({ Menu: {} }));
const { buildMenuTemplate } = await import('./menu');
type MenuActions = import('./menu').MenuActions;

const actions = (): MenuActions => ({
  lock: vi.fn(),
  exportBackup: vi.fn(),
  command: vi.fn(),
  showDataFolder: vi.fn(),
  setAppearance: vi.fn(),
  appearance: 'system',
});
const items = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((m) => m.label === label || m.role === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as () => void)();

describe('the application menu', () => {
  it('File: new entry, check in, export backup, print summary, lock and quit', () => {
    const a = actions();
    const file = items(buildMenuTemplate(a, false), 'File');
    expect(file.filter((i) => i.label || i.role).map((i) => i.label ?? i.role)).toEqual([
      'New Entry',
      'Check In…',
      'Export Backup…',
      'Print Summary…',
      'Lock Cairn',
      'quit',
    ]);
    expect(file.find((i) => i.label === 'Lock Cairn')?.accelerator).toBe('CmdOrCtrl+L');
    click(file.find((i) => i.label === 'Lock Cairn'));
    expect(a.lock).toHaveBeenCalledOnce();
    click(file.find((i) => i.label === 'Check In…'));
    expect(a.command).toHaveBeenCalledWith('file.checkin');
    expect(file.find((i) => i.label === 'Check In…')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+K', registerAccelerator: false });
  });

  it('Go: Search everything, then every sidebar section with its shortcut, then the safety plan', () => {
    const a = actions();
    const go = items(buildMenuTemplate(a, false), 'Go').filter((i) => i.type !== 'separator');
    expect(go.map((i) => [i.label, i.accelerator])).toEqual([
      ['Search Everything…', 'CmdOrCtrl+K'],
      ...sections.map((s) => [s.label, `CmdOrCtrl+${s.key}`]),
      ['Safety plan', 'CmdOrCtrl+Shift+S'],
    ]);
    go.forEach(click);
    expect(vi.mocked(a.command).mock.calls.map(([id]) => id)).toEqual(['go.search', ...sections.map((s) => `go.${s.path.slice(1)}`), 'go.safety-plan']);
  });

  it('View has zoom and appearance; choosing one sets it', () => {
    const a = actions();
    const view = items(buildMenuTemplate(a, false), 'View');
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const appearance = (view.find((i) => i.label === 'Appearance')?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(appearance.map((i) => [i.label, i.checked])).toEqual([
      ['Match System', true],
      ['Light', false],
      ['Dark', false],
    ]);
    click(appearance[2]);
    expect(a.setAppearance).toHaveBeenCalledWith('dark');
  });

  it('Help: keyboard shortcuts, data folder, about', () => {
    const a = actions();
    const help = items(buildMenuTemplate(a, false), 'help');
    expect(help.filter((i) => i.label).map((i) => i.label)).toEqual(['Keyboard Shortcuts', 'Show Data Folder', 'About Cairn']);
    help.filter((i) => i.label).forEach(click);
    expect(a.command).toHaveBeenCalledWith('help.shortcuts');
    expect(a.command).toHaveBeenCalledWith('help.about');
    expect(a.showDataFolder).toHaveBeenCalledOnce();
  });

  it('macOS: an app menu named Cairn with About first and Quit, no Quit in File', () => {
    const menu = buildMenuTemplate(actions(), true);
    expect(menu[0]?.label).toBe('Cairn');
    const appMenu = menu[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]?.label).toBe('About Cairn');
    expect(appMenu.at(-1)?.role).toBe('quit');
    expect(items(menu, 'File').some((i) => i.role === 'quit')).toBe(false);
    expect(menu.some((m) => m.role === 'windowMenu')).toBe(true);
  });
});
