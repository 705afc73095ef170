import type { BrowserWindow } from 'electron';
import { eventIpcName } from '../../../src/shared/channels';
import type { Reminder } from './scheduler';

/**
 * A clicked reminder brings Cairn forward (opening a window if it ran in the
 * background) and tells the page which kind it was; the page picks the place,
 * after unlock if locked. Only the kind and the times cross, never content.
 */
export function openReminder(window: BrowserWindow, reminder: Reminder): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  const send = () => window.webContents.send(eventIpcName('reminders.open'), { kind: reminder.kind, time: reminder.time, at: reminder.at });
  // A window just opened from the tray has no page listening yet.
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
