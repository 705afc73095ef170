import type { EventOf } from '../../../shared/contract';
import { REMINDER_PLACES } from './places';

export type OpenedReminder = EventOf<'reminders.open'>;

let opened: OpenedReminder | null = null;
const listeners = new Set<() => void>();

/** The reminder that last opened the window (the snooze bar offers to bring it back); null once dealt with. */
export const openedReminder = {
  get: (): OpenedReminder | null => opened,
  set(next: OpenedReminder | null) {
    opened = next;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

/**
 * Listens from app start, not from a mounted page, because the click may come
 * while Cairn is locked: the hash router then shows the place as soon as the
 * vault opens, and the snooze bar with it.
 */
if (typeof window !== 'undefined' && window.cairn) {
  window.cairn.on('reminders.open', (reminder) => {
    window.location.hash = REMINDER_PLACES[reminder.kind];
    openedReminder.set(reminder);
  });
}
