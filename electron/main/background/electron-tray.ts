import { Menu, nativeImage, Tray } from 'electron';
import type { TrayLike } from './background-presence';

/** Electron's tray icon: a generic tooltip (it can show on a shared screen) and two plain items. */
export function electronTray(iconPath: string, actions: { open: () => void; quit: () => void }): TrayLike {
  const tray = new Tray(nativeImage.createFromPath(iconPath));
  tray.setToolTip('Cairn');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Cairn', click: actions.open },
      { type: 'separator' },
      { label: 'Quit Cairn', click: actions.quit },
    ]),
  );
  return tray;
}
