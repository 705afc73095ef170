import { spokenTime } from '../../../src/shared/medication/days';

/** One dose time, as the renderer sends it: an instant and its clock time. Never a name. */
export interface Reminder {
  /** ms since epoch. */
  at: number;
  /** "08:00", for the text. */
  time: string;
}

export interface Notice {
  title: string;
  body: string;
}

/** Shows a desktop notification: Electron's in the app, a recording fake in tests and the browser harness. */
export interface Notifier {
  show: (notice: Notice, onClick: () => void) => void;
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

/** Generic on purpose: a notification can show on a lock screen, so it names no medication. */
export const reminderText = (time: string): Notice => ({ title: 'Cairn', body: `Time for your ${spokenTime(time)} dose` });

/** Timers stall while a computer sleeps; waking at least once a minute re-reads the wall clock. */
const MAX_WAIT_MS = 60_000;
/** A reminder found more than this late (the machine was asleep) is dropped rather than shown out of time. */
const LATE_LIMIT_MS = 60 * 60_000;
/** The renderer sends 24–48 h ahead; anything beyond three days is not a real dose time. */
const HORIZON_MS = 72 * 60 * 60_000;

/**
 * Holds only instants and clock times, so it keeps working while the vault is
 * locked without ever holding a key or a medication name.
 */
export class ReminderScheduler {
  private queue: Reminder[] = [];
  private timer: unknown = null;

  constructor(
    private readonly notifier: Notifier,
    private readonly onOpen: () => void,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Replaces every pending reminder with this list (the renderer always sends the whole picture). */
  replace(reminders: readonly Reminder[]): number {
    const now = this.clock.now();
    const unique = new Map<number, Reminder>();
    for (const r of reminders) if (r.at > now && r.at <= now + HORIZON_MS) unique.set(r.at, r);
    this.queue = [...unique.values()].sort((a, b) => a.at - b.at);
    this.arm();
    return this.queue.length;
  }

  pending(): readonly Reminder[] {
    return this.queue;
  }

  stop(): void {
    this.queue = [];
    this.disarm();
  }

  private disarm(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    this.disarm();
    const next = this.queue[0];
    if (!next) return;
    const wait = Math.min(Math.max(0, next.at - this.clock.now()), MAX_WAIT_MS);
    this.timer = this.clock.setTimeout(() => this.fireDue(), wait);
  }

  private fireDue(): void {
    this.timer = null;
    const now = this.clock.now();
    while (this.queue[0] && this.queue[0].at <= now) {
      const due = this.queue.shift()!;
      if (now - due.at <= LATE_LIMIT_MS) this.notifier.show(reminderText(due.time), this.onOpen);
    }
    this.arm();
  }
}
