import { afterEach, describe, expect, it, vi } from 'vitest';
import { upcomingReminderSlots, type ReminderSlot } from '../../../src/shared/medication/reminders';
import { at, med, step } from '../../../src/shared/medication/testing';
import { ReminderScheduler, systemClock, type Clock, type Notice, type NoticeActions, type Reminder } from './scheduler';

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
const toReminders = (slots: ReminderSlot[]): Reminder[] => slots.map((s) => ({ at: instant(s.day, s.time), time: s.time, kind: 'dose' }));
const dose = (day: string, time: string): Reminder => ({ at: instant(day, time), time, kind: 'dose' });

function setup(startDay = '2026-11-25', startTime = '06:00') {
  const clock = new ManualClock(instant(startDay, startTime));
  const shown: ({ notice: Notice; at: string; click: () => void } & NoticeActions)[] = [];
  const opened: Reminder[] = [];
  const scheduler = new ReminderScheduler(
    { show: (notice, actions) => shown.push({ notice, at: new Date(clock.now()).toISOString().slice(0, 16), click: actions.open, ...actions }) },
    (reminder) => opened.push(reminder),
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
    expect(shown[0]?.notice).toEqual({ title: 'Cairn', body: 'A reminder for 8:00' });
    expect(shown[1]?.notice.body).toBe('A reminder for 20:00');
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

  it('tells the page which kind was clicked, so it opens the right place', () => {
    const { clock, shown, scheduler, opened } = setup();
    scheduler.replace([dose('2026-11-25', '08:00'), { at: instant('2026-11-25', '13:00'), time: '14:00', kind: 'appointment' }]);
    clock.advanceTo(instant('2026-11-25', '13:00'));
    shown[1]?.click();
    expect(opened()).toEqual([{ at: instant('2026-11-25', '13:00'), time: '14:00', kind: 'appointment' }]);
    shown[0]?.click();
    expect(opened().map((r) => r.kind)).toEqual(['appointment', 'dose']);
  });

  it('fires once for a time sent twice, ignores past and far-future times', () => {
    const { clock, shown, scheduler } = setup();
    const count = scheduler.replace([dose('2026-11-25', '08:00'), dose('2026-11-25', '08:00'), dose('2026-11-25', '05:00'), dose('2026-12-25', '08:00')]);
    expect(count).toBe(1);
    clock.advanceTo(instant('2026-12-26', '00:00'));
    expect(shown).toHaveLength(1);
  });

  it('shows a reminder found a little late after sleep, but not one hours late', () => {
    const { clock, shown, scheduler } = setup();
    scheduler.replace([dose('2026-11-25', '08:00'), dose('2026-11-25', '12:00')]);
    // Asleep from 07:00: the pending timer is not run until the machine wakes at 12:30.
    clock.current = instant('2026-11-25', '12:30');
    clock.advanceTo(instant('2026-11-25', '12:31'));
    expect(shown.map((s) => s.notice.body)).toEqual(['A reminder for 12:00']);
  });

  it('shows one notice per kind at a shared instant, each with the same words', () => {
    const { clock, shown, scheduler } = setup();
    scheduler.replace([dose('2026-11-25', '08:00'), { at: instant('2026-11-25', '08:00'), time: '08:00', kind: 'checkin' }]);
    clock.advanceTo(instant('2026-11-25', '08:00'));
    expect(shown.map((s) => s.notice.body)).toEqual(['A reminder for 8:00', 'A reminder for 8:00']);
  });
});

describe('snoozing a reminder', () => {
  it('fires again 10 minutes later, and again an hour after a second snooze, with the same place to open', () => {
    const { clock, shown, scheduler, opened } = setup();
    scheduler.replace([{ at: instant('2026-11-25', '08:00'), time: '08:00', kind: 'checkin' }]);
    clock.advanceTo(instant('2026-11-25', '08:00'));
    shown[0]?.snooze(10);
    clock.advanceTo(instant('2026-11-25', '08:09'));
    expect(shown).toHaveLength(1);
    clock.advanceTo(instant('2026-11-25', '08:10'));
    expect(shown.map((s) => [s.at, s.notice.body])).toEqual([
      ['2026-11-25T08:00', 'A reminder for 8:00'],
      ['2026-11-25T08:10', 'A reminder for 8:00'],
    ]);
    shown[1]?.snooze(60);
    clock.advanceTo(instant('2026-11-25', '09:09'));
    expect(shown).toHaveLength(2);
    clock.advanceTo(instant('2026-11-25', '09:10'));
    expect(shown).toHaveLength(3);
    shown[2]?.click();
    expect(opened().map((r) => r.kind)).toEqual(['checkin']);
  });

  it('keeps a snoozed reminder when the renderer resends its whole list', () => {
    const { clock, shown, scheduler } = setup();
    scheduler.replace([dose('2026-11-25', '08:00')]);
    clock.advanceTo(instant('2026-11-25', '08:00'));
    shown[0]?.snooze(10);
    // The dose was logged: the renderer's next list no longer holds 08:00.
    scheduler.replace([dose('2026-11-25', '20:00')]);
    expect(scheduler.pending().map((r) => r.at)).toEqual([instant('2026-11-25', '08:10'), instant('2026-11-25', '20:00')]);
    clock.advanceTo(instant('2026-11-25', '08:10'));
    expect(shown.map((s) => s.at)).toEqual(['2026-11-25T08:00', '2026-11-25T08:10']);
  });
});

describe('the scheduler on the system clock', () => {
  afterEach(() => vi.useRealTimers());

  it('a reminder snoozed from the window (reminders.snooze) fires again under fake timers', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-25T08:00:00Z') });
    const shown: Notice[] = [];
    const scheduler = new ReminderScheduler({ show: (notice) => shown.push(notice) }, () => {}, systemClock);
    scheduler.replace([{ at: Date.now() + 5 * 60_000, time: '08:05', kind: 'homework' }]);
    vi.advanceTimersByTime(5 * 60_000);
    expect(shown).toHaveLength(1);
    scheduler.snooze({ kind: 'homework', time: '08:05' }, 10);
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([{ title: 'Cairn', body: 'A reminder for 8:05' }, { title: 'Cairn', body: 'A reminder for 8:05' }]);
    scheduler.stop();
  });
});
