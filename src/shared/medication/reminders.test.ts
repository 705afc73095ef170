import { describe, expect, it } from 'vitest';
import { upcomingReminderSlots } from './reminders';
import { asNeeded, at, med, step, taken } from './testing';

const now = { day: '2026-11-25', time: '10:30' };

describe('upcoming reminder slots', () => {
  it('lists the dose times still ahead in the next hours, in order', () => {
    const m = med([step('start', '2026-11-01', 50, at('08:00', '20:00'))]);
    expect(upcomingReminderSlots([m], [], now, 48)).toEqual([
      { day: '2026-11-25', time: '20:00' },
      { day: '2026-11-26', time: '08:00' },
      { day: '2026-11-26', time: '20:00' },
      { day: '2026-11-27', time: '08:00' },
    ]);
    expect(upcomingReminderSlots([m], [], now, 24)).toHaveLength(2);
  });

  it('gives one slot per time when medications share it, and none once logged', () => {
    const a = med([step('start', '2026-11-01', 50, at('20:00'))]);
    const b = med([step('start', '2026-11-01', 5, at('20:00'))], { id: 'med-2' });
    expect(upcomingReminderSlots([a, b], [], now, 12)).toEqual([{ day: '2026-11-25', time: '20:00' }]);
    const bothTaken = [taken('2026-11-25', '20:00', 'med-1'), taken('2026-11-25', '20:00', 'med-2')];
    expect(upcomingReminderSlots([a, b], bothTaken, now, 12)).toEqual([]);
    expect(upcomingReminderSlots([a, b], bothTaken.slice(0, 1), now, 12)).toHaveLength(1);
  });

  it('follows planned changes and schedules nothing after a stop or for as-needed', () => {
    const stopping = med([step('start', '2026-11-01', 50, at('08:00', '20:00')), step('stop', '2026-11-26')]);
    const prn = med([step('start', '2026-11-01', 1, asNeeded)], { id: 'prn' });
    expect(upcomingReminderSlots([stopping, prn], [], now, 48)).toEqual([{ day: '2026-11-25', time: '20:00' }]);
  });
});

describe('the current minute', () => {
  it('keeps a dose due this very minute, so a resend never cancels it before main fires it', () => {
    const m = med([step('start', '2026-11-01', 50, at('08:00'))]);
    expect(upcomingReminderSlots([m], [], { day: '2026-11-25', time: '08:00' }, 2)).toEqual([{ day: '2026-11-25', time: '08:00' }]);
    expect(upcomingReminderSlots([m], [], { day: '2026-11-25', time: '08:01' }, 2)).toEqual([]);
  });
});
