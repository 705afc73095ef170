import { systemClock, type Clock } from '../../electron/main/reminders/scheduler';

/**
 * Main's clock in the browser harness: the wall clock plus an offset that a
 * test can move forward, so a spec about reminders jumps to the minute a
 * reminder is due instead of waiting for it in real time. Until a test moves
 * it, it is the wall clock and its timers are real timers; `advanceTo` runs
 * every timer that has come due on this clock at once. The scheduler under it
 * is the product's own (electron/main/reminders/scheduler.ts, whose `Clock`
 * seam exists for this).
 */
export interface TestClock extends Clock {
  /** Moves this clock forward to `instant` (ms since epoch), if it is not there yet, and runs the timers due by then. */
  advanceTo: (instant: number) => void;
}

interface Timer {
  due: number;
  run: () => void;
  real: unknown;
}

export function createTestClock(): TestClock {
  let offset = 0;
  const timers = new Set<Timer>();
  const now = () => Date.now() + offset;
  const fire = (timer: Timer) => {
    if (!timers.delete(timer)) return;
    systemClock.clearTimeout(timer.real);
    timer.run();
  };
  return {
    now,
    setTimeout: (run, ms) => {
      const timer: Timer = { due: now() + ms, run, real: null };
      timer.real = systemClock.setTimeout(() => fire(timer), ms);
      timers.add(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      const timer = handle as Timer;
      timers.delete(timer);
      systemClock.clearTimeout(timer.real);
    },
    advanceTo: (instant) => {
      // Never backwards: an instant already passed (real time runs on between calls) only runs what is due.
      offset += Math.max(0, instant - now());
      // A timer's callback may set the next one (the scheduler re-arms); run until none is due.
      for (;;) {
        const due = [...timers].filter((t) => t.due <= now()).sort((a, b) => a.due - b.due)[0];
        if (!due) return;
        fire(due);
      }
    },
  };
}
