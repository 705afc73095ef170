import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommandId } from '../../src/shared/menu-commands';
import { accelerator, goPath, shortcut, shortcuts } from '../../src/shared/shortcuts';

export type Appearance = 'system' | 'light' | 'dark';

export interface MenuActions {
  lock: () => void;
  exportBackup: () => void;
  /** Tells the page to carry out a command (navigate, open a dialog) through the contract's menu.command event. */
  command: (id: MenuCommandId) => void;
  showDataFolder: () => void;
  setAppearance: (appearance: Appearance) => void;
  appearance: Appearance;
}

/**
 * The application menu, built from the shared shortcut table (src/shared/shortcuts.ts)
 * so the menu, the sidebar and the Keyboard shortcuts dialog agree.
 * Items the page already handles from the keyboard show their shortcut without
 * registering it (registerAccelerator: false), so one key press acts once; on
 * macOS the menu always owns its keys, and every command is idempotent.
 */
export function buildMenuTemplate(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  const pageItem = (id: MenuCommandId, label?: string): MenuItemConstructorOptions => {
    const entry = shortcuts.find((s) => s.id === id);
    return {
      label: label ?? entry?.label ?? id,
      ...(entry ? { accelerator: accelerator(entry), registerAccelerator: false } : {}),
      click: () => actions.command(id),
    };
  };
  const about: MenuItemConstructorOptions = { label: 'About Cairn', click: () => actions.command('help.about') };
  const appearance = (value: Appearance, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: actions.appearance === value,
    click: () => actions.setAppearance(value),
  });

  return [
    ...(isMac
      ? [
          {
            label: 'Cairn',
            submenu: [
              about,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: [
        pageItem('file.newEntry', 'New Entry'),
        pageItem('file.checkin', 'Check In…'),
        { type: 'separator' },
        { label: 'Export Backup…', click: actions.exportBackup },
        pageItem('file.printSummary', 'Print Summary…'),
        { type: 'separator' },
        // Lock acts in main (it zeroes the key), so it keeps its own accelerator.
        { label: 'Lock Cairn', accelerator: accelerator(shortcut('file.lock')), click: actions.lock },
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Appearance', submenu: [appearance('system', 'Match System'), appearance('light', 'Light'), appearance('dark', 'Dark')] },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      submenu: [
        pageItem('go.search', 'Search Everything…'),
        { type: 'separator' },
        ...shortcuts.filter((s) => goPath(s) !== null).map((s) => pageItem(s.id)),
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    {
      role: 'help',
      submenu: [
        pageItem('help.shortcuts', 'Keyboard Shortcuts'),
        { label: 'Show Data Folder', click: actions.showDataFolder },
        ...(isMac ? [] : [{ type: 'separator' } as const, about]),
      ],
    },
  ];
}

export function installMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, process.platform === 'darwin')));
}
