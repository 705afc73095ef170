import { Notification } from 'electron';
import type { Notifier } from './scheduler';

/** Enough for a day of doses; older notifications have long left the screen. */
const KEEP = 24;

/** Electron's desktop notifications. */
export function electronNotifier(): Notifier {
  // A Notification nobody references can be garbage-collected before it is
  // clicked, taking its click handler with it, so the latest ones are kept.
  const live: Notification[] = [];
  return {
    show: ({ title, body }, onClick) => {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', onClick);
      live.push(notification);
      if (live.length > KEEP) live.shift();
      notification.show();
    },
  };
}
