import type { BrowserWindow } from 'electron';
import { eventIpcName } from '../../../src/shared/channels';

/** A clicked reminder brings Cairn forward and asks the page for the Today panel (it shows after unlock if locked). */
export function openTodayPanel(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  window.webContents.send(eventIpcName('reminders.openToday'), {});
}
