import { Notification } from 'electron';
import type { Notifier, SnoozeMinutes } from './scheduler';

/** Enough for a day of reminders; older notifications have long left the screen. */
const KEEP = 24;

/** Snooze buttons, in the order Electron reports their index. */
const SNOOZES: readonly { text: string; minutes: SnoozeMinutes }[] = [
  { text: 'Snooze 10 minutes', minutes: 10 },
  { text: 'Snooze 1 hour', minutes: 60 },
];

/**
 * Electron's desktop notifications. Buttons exist only on macOS; elsewhere a
 * click opens the window, which offers the same snooze choices.
 */
export function electronNotifier(platform: NodeJS.Platform = process.platform): Notifier {
  // A Notification nobody references can be garbage-collected before it is
  // clicked, taking its click handler with it, so the latest ones are kept.
  const live: Notification[] = [];
  const buttons = platform === 'darwin';
  return {
    show: ({ title, body }, { open, snooze }) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({
        title,
        body,
        silent: false,
        ...(buttons ? { actions: SNOOZES.map(({ text }) => ({ type: 'button' as const, text })) } : {}),
      });
      notification.on('click', open);
      notification.on('action', (_event, index) => {
        const chosen = SNOOZES[index];
        if (chosen) snooze(chosen.minutes);
      });
      live.push(notification);
      if (live.length > KEEP) live.shift();
      notification.show();
    },
  };
}
