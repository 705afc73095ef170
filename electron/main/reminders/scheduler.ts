import type { ReminderKind } from '../../../src/shared/contract';
import { spokenTime } from '../../../src/shared/medication/days';

/** One reminder, as the renderer sends it: an instant, its clock time and its kind. Never a name. */
export interface Reminder {
  /** ms since epoch. */
  at: number;
  /** "08:00", for the text. */
  time: string;
  kind: ReminderKind;
}

export interface Notice {
  title: string;
  body: string;
}

export type SnoozeMinutes = 10 | 60;

/** What a shown notification can do: open its place, or come back later (where the platform has buttons). */
export interface NoticeActions {
  open: () => void;
  snooze: (minutes: SnoozeMinutes) => void;
}

/** Shows a desktop notification: Electron's in the app, a recording fake in tests and the browser harness. */
export interface Notifier {
  show: (notice: Notice, actions: NoticeActions) => void;
}

export interface Clock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => {
    const timer = setTimeout(run, ms);
    // A pending reminder must never keep the process alive after the app quits.
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * The same words for every kind on purpose: a notification can show on a lock
 * screen or a shared monitor, so it names no medication, condition or therapy,
 * and not even which kind of reminder it is.
 */
export const reminderText = (time: string): Notice => ({ title: 'Cairn', body: `A reminder for ${spokenTime(time)}` });

/** Timers stall while a computer sleeps; waking at least once a minute re-reads the wall clock. */
const MAX_WAIT_MS = 60_000;
/** A reminder found more than this late (the machine was asleep) is dropped rather than shown out of time. */
const LATE_LIMIT_MS = 60 * 60_000;
/** The renderer sends up to 48 h ahead (a day-before appointment reminder included); beyond three days is not real. */
const HORIZON_MS = 72 * 60 * 60_000;

/**
 * Holds only instants, clock times and kinds, so it keeps working while the
 * vault is locked without ever holding a key, a name or a record id.
 */
export class ReminderScheduler {
  /** What the renderer last sent, still to come. */
  private queue: Reminder[] = [];
  /** Snoozed reminders: kept apart so the renderer's next full list does not drop them. */
  private snoozed: Reminder[] = [];
  private timer: unknown = null;

  constructor(
    private readonly notifier: Notifier,
    private readonly onOpen: (reminder: Reminder) => void,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Replaces every pending reminder with this list (the renderer always sends the whole picture). */
  replace(reminders: readonly Reminder[]): number {
    const now = this.clock.now();
    const unique = new Map<string, Reminder>();
    // One notification per instant and kind: two medications at 8:00 are one reminder.
    for (const r of reminders) if (r.at > now && r.at <= now + HORIZON_MS) unique.set(`${r.at} ${r.kind}`, r);
    this.queue = [...unique.values()].sort((a, b) => a.at - b.at);
    this.arm();
    return this.queue.length;
  }

  /** Shows this reminder again after `minutes`, with the same words and the same place to open. */
  snooze(reminder: Pick<Reminder, 'kind' | 'time'>, minutes: SnoozeMinutes): number {
    const at = this.clock.now() + minutes * 60_000;
    this.snoozed = [...this.snoozed, { ...reminder, at }].sort((a, b) => a.at - b.at);
    this.arm();
    return at;
  }

  pending(): readonly Reminder[] {
    return [...this.queue, ...this.snoozed].sort((a, b) => a.at - b.at);
  }

  stop(): void {
    this.queue = [];
    this.snoozed = [];
    this.disarm();
  }

  private disarm(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    this.disarm();
    const next = this.pending()[0];
    if (!next) return;
    const wait = Math.min(Math.max(0, next.at - this.clock.now()), MAX_WAIT_MS);
    this.timer = this.clock.setTimeout(() => this.fireDue(), wait);
  }

  private fireDue(): void {
    this.timer = null;
    const now = this.clock.now();
    const due = this.pending().filter((r) => r.at <= now);
    this.queue = this.queue.filter((r) => r.at > now);
    this.snoozed = this.snoozed.filter((r) => r.at > now);
    for (const reminder of due) if (now - reminder.at <= LATE_LIMIT_MS) this.show(reminder);
    this.arm();
  }

  private show(reminder: Reminder): void {
    this.notifier.show(reminderText(reminder.time), {
      open: () => this.onOpen(reminder),
      snooze: (minutes) => void this.snooze(reminder, minutes),
    });
  }
}
