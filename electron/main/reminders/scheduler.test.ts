import { describe, expect, it } from 'vitest';
import { upcomingReminderSlots, type ReminderSlot } from '../../../src/shared/medication/reminders';
import { at, med, step } from '../../../src/shared/medication/testing';
import { ReminderScheduler, type Clock, type Notice } from './scheduler';

/** A clock the test moves by hand; timers run when their time comes. */
class ManualClock implements Clock {
  private timers = new Map<number, { due: number; run: () => void }>();
  private nextId = 1;
  constructor(public current: number) {}
  now = () => this.current;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { due: this.current + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => void this.timers.delete(handle as number);
  /** Moves time forward, running every timer that falls due on the way, in order. */
  advanceTo(target: number) {
    for (;;) {
      const [id, timer] = [...this.timers].sort((a, b) => a[1].due - b[1].due)[0] ?? [];
      if (id === undefined || !timer || timer.due > target) break;
      this.timers.delete(id);
      this.current = Math.max(this.current, timer.due);
      timer.run();
    }
    this.current = target;
  }
}

// The test treats local time as UTC so instants are easy to read.
const instant = (day: string, time: string) => Date.parse(`${day}T${time}:00Z`);
const toReminders = (slots: ReminderSlot[]) => slots.map((s) => ({ at: instant(s.day, s.time), time: s.time }));

function setup(startDay = '2026-11-25', startTime = '06:00') {
  const clock = new ManualClock(instant(startDay, startTime));
  const shown: { notice: Notice; at: string; click: () => void }[] = [];
  let opened = 0;
  const scheduler = new ReminderScheduler(
    { show: (notice, click) => shown.push({ notice, at: new Date(clock.now()).toISOString().slice(0, 16), click }) },
    () => (opened += 1),
    clock,
  );
  return { clock, shown, scheduler, opened: () => opened };
}

describe('reminder scheduler', () => {
  it('fires at each dose time with generic text that names no medication', () => {
    const { clock, shown, scheduler } = setup();
    const sertraline = med([step('start', '2026-11-01', 50, at('08:00', '20:00'))]);
    scheduler.replace(toReminders(upcomingReminderSlots([sertraline], [], { day: '2026-11-25', time: '06:00' }, 48)));

    clock.advanceTo(instant('2026-11-25', '07:59'));
    expect(shown).toEqual([]);
    clock.advanceTo(instant('2026-11-27', '06:00'));
    expect(shown.map((s) => s.at)).toEqual(['2026-11-25T08:00', '2026-11-25T20:00', '2026-11-26T08:00', '2026-11-26T20:00']);
    expect(shown[0]?.notice).toEqual({ title: 'Cairn', body: 'Time for your 8:00 dose' });
    expect(shown[1]?.notice.body).toBe('Time for your 20:00 dose');
    expect(JSON.stringify(shown.map((s) => s.notice))).not.toMatch(/sertraline/i);
  });

  it('fires nothing after a stop', () => {
    const { clock, shown, scheduler } = setup();
    const stopping = med([step('start', '2026-11-01', 50, at('08:00', '20:00')), step('stop', '2026-11-26')]);
    scheduler.replace(toReminders(upcomingReminderSlots([stopping], [], { day: '2026-11-25', time: '06:00' }, 48)));
    clock.advanceTo(instant('2026-11-28', '00:00'));
    expect(shown.map((s) => s.at)).toEqual(['2026-11-25T08:00', '2026-11-25T20:00']);
  });

  it('drops what was pending when a stop recorded now replaces the list', () => {
    const { clock, shown, scheduler } = setup();
    const running = med([step('start', '2026-11-01', 50, at('08:00', '20:00'))]);
    scheduler.replace(toReminders(upcomingReminderSlots([running], [], { day: '2026-11-25', time: '06:00' }, 48)));
    clock.advanceTo(instant('2026-11-25', '09:00'));
    const stopped = med([...running.steps, step('stop', '2026-11-25')]);
    scheduler.replace(toReminders(upcomingReminderSlots([stopped], [], { day: '2026-11-25', time: '09:00' }, 48)));
    clock.advanceTo(instant('2026-11-28', '00:00'));
    expect(shown.map((s) => s.at)).toEqual(['2026-11-25T08:00']);
    expect(scheduler.pending()).toEqual([]);
  });

  it('opens the Today panel when a notification is clicked', () => {
    const { clock, shown, scheduler, opened } = setup();
    scheduler.replace([{ at: instant('2026-11-25', '08:00'), time: '08:00' }]);
    clock.advanceTo(instant('2026-11-25', '08:00'));
    shown[0]?.click();
    expect(opened()).toBe(1);
  });

  it('fires once for a time sent twice, ignores past and far-future times', () => {
    const { clock, shown, scheduler } = setup();
    const count = scheduler.replace([
      { at: instant('2026-11-25', '08:00'), time: '08:00' },
      { at: instant('2026-11-25', '08:00'), time: '08:00' },
      { at: instant('2026-11-25', '05:00'), time: '05:00' },
      { at: instant('2026-12-25', '08:00'), time: '08:00' },
    ]);
    expect(count).toBe(1);
    clock.advanceTo(instant('2026-12-26', '00:00'));
    expect(shown).toHaveLength(1);
  });

  it('shows a reminder found a little late after sleep, but not one hours late', () => {
    const { clock, shown, scheduler } = setup();
    scheduler.replace([
      { at: instant('2026-11-25', '08:00'), time: '08:00' },
      { at: instant('2026-11-25', '12:00'), time: '12:00' },
    ]);
    // Asleep from 07:00: the pending timer is not run until the machine wakes at 12:30.
    clock.current = instant('2026-11-25', '12:30');
    clock.advanceTo(instant('2026-11-25', '12:31'));
    expect(shown.map((s) => s.notice.body)).toEqual(['Time for your 12:00 dose']);
  });
});
