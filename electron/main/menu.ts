import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The application menu. Lock sits in the File menu with Ctrl/Cmd+L, as the issue asks. */
export function installMenu(actions: { lock: () => void; exportBackup: () => void }): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Lock Cairn', accelerator: 'CmdOrCtrl+L', click: actions.lock },
        { label: 'Export Backup…', click: actions.exportBackup },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
