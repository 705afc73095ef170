import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegimenStep } from '../domain/medication';
import { adherence, dailyAdherence, loggedText, percent, skipReasonsText, weeklyAdherence } from './adherence';
import { addDays, eachDay } from './days';
import { dosesOn, indexLogs } from './doses';
import { asNeeded, asNeededDose, at, med, skipped, step, taken } from './testing';

// Wednesday 25 November 2026, mid-morning.
const now = { day: '2026-11-25', time: '10:30' };
const takeAll = (days: string[], times: string[]) => days.flatMap((d) => times.map((t) => taken(d, t)));

describe('adherence', () => {
  it('counts the doses of each day under the regimen of that day, across a dose change', () => {
    const m = med([step('start', '2026-11-16', 50, at('08:00')), step('increase', '2026-11-19', 100, at('08:00', '20:00'))]);
    // 3 days x 1 dose, then 4 days x 2 doses; every dose taken except the two evening ones of the 21st and 22nd.
    const logs = [
      ...takeAll(eachDay('2026-11-16', '2026-11-18'), ['08:00']),
      ...takeAll(eachDay('2026-11-19', '2026-11-22'), ['08:00']),
      ...takeAll(['2026-11-19', '2026-11-20'], ['20:00']),
    ];
    const a = adherence(m, logs, '2026-11-16', '2026-11-22', now);
    expect(a).toMatchObject({ scheduled: 11, taken: 9, notLogged: 2, skipped: 0, pending: 0 });
    // Unlogged is not missed: the rate is over the 9 logged doses, the 2 blanks are shown apart.
    expect(a).toMatchObject({ logged: 9, rate: 1 });
  });

  it('follows a taper step down to fewer doses a day', () => {
    const m = med([step('start', '2026-11-01', 20, at('08:00', '20:00')), step('decrease', '2026-11-20', 10, at('08:00'))]);
    const a = adherence(m, [], '2026-11-18', '2026-11-21', now);
    // 18th and 19th: two a day; 20th and 21st: one a day. Nothing logged: all "not logged", and no rate.
    expect(a).toMatchObject({ scheduled: 6, notLogged: 6, taken: 0, rate: null });
  });

  it('schedules nothing while paused', () => {
    const m = med([
      step('start', '2026-11-01', 50, at('08:00')),
      step('pause', '2026-11-10'),
      step('resume', '2026-11-14', 50, at('08:00')),
    ]);
    const logs = takeAll(['2026-11-09', '2026-11-14', '2026-11-15'], ['08:00']);
    expect(adherence(m, logs, '2026-11-09', '2026-11-15', now)).toMatchObject({ scheduled: 3, taken: 3, notLogged: 0, rate: 1 });
  });

  it('schedules nothing from the stop date on', () => {
    const m = med([step('start', '2026-11-01', 50, at('08:00')), step('stop', '2026-11-20')]);
    const logs = takeAll(eachDay('2026-11-15', '2026-11-19'), ['08:00']);
    expect(adherence(m, logs, '2026-11-15', '2026-11-25', now)).toMatchObject({ scheduled: 5, taken: 5, notLogged: 0, rate: 1 });
  });

  it('counts no scheduled doses on a day with no regimen, and has no rate then', () => {
    const m = med([step('start', '2026-12-01', 50, at('08:00'))]);
    const a = adherence(m, [], '2026-11-01', '2026-11-25', now);
    expect(a).toMatchObject({ scheduled: 0, notLogged: 0, rate: null });
    expect(percent(a.rate)).toBe('—');
  });

  it('never counts as-needed doses as missed, and counts the ones taken', () => {
    const m = med([step('start', '2026-11-01', 0.5, asNeeded)]);
    const logs = [asNeededDose('2026-11-03', 0.5), asNeededDose('2026-11-20', 1), asNeededDose('2026-10-30', 0.5)];
    expect(adherence(m, logs, '2026-11-01', '2026-11-25', now)).toMatchObject({
      scheduled: 0,
      notLogged: 0,
      asNeeded: 2,
      rate: null,
    });
  });

  it('keeps as-needed doses out of a scheduled medication’s rate', () => {
    const m = med([step('start', '2026-11-20', 50, at('08:00'))]);
    const logs = [...takeAll(['2026-11-20', '2026-11-21'], ['08:00']), asNeededDose('2026-11-21', 25)];
    expect(adherence(m, logs, '2026-11-20', '2026-11-21', now)).toMatchObject({ scheduled: 2, taken: 2, asNeeded: 1, rate: 1 });
  });

  it('calls a blank dose missed only once its day has ended', () => {
    const m = med([step('start', '2026-11-24', 50, at('08:00', '20:00'))]);
    const logs = [taken('2026-11-25', '08:00')];
    const a = adherence(m, logs, '2026-11-24', '2026-11-30', now);
    // Yesterday: two not logged. Today: one taken, the 20:00 still to come. Later days: nothing yet.
    expect(a).toMatchObject({ scheduled: 4, taken: 1, notLogged: 2, pending: 1 });
    expect(a.rate).toBe(1);
  });

  it('rates over logged doses, counts skip reasons, and older skips without one as "other"', () => {
    const m = med([step('start', '2026-11-20', 50, at('08:00'))]);
    const logs = [
      taken('2026-11-20', '08:00'),
      { ...skipped('2026-11-21', '08:00'), skipReason: 'side effects' as const },
      skipped('2026-11-22', '08:00'),
      taken('2026-11-24', '08:00'),
    ];
    const a = adherence(m, logs, '2026-11-20', '2026-11-24', now);
    expect(a).toMatchObject({ scheduled: 5, taken: 2, skipped: 2, logged: 4, notLogged: 1, rate: 0.5 });
    expect(skipReasonsText(a)).toBe('side effects 1, other 1');
    expect(loggedText(a)).toBe('taken 2 of 4 logged · 1 not logged');
  });

  it('counts nothing before the tracking date (starting mid-treatment)', () => {
    const m = med([step('start', '2026-10-14', 50, at('08:00'))], { trackedFrom: '2026-11-24' });
    const a = adherence(m, [taken('2026-11-24', '08:00')], '2026-10-01', '2026-11-25', now);
    expect(a).toMatchObject({ scheduled: 2, taken: 1, notLogged: 0, pending: 1, rate: 1 });
  });

  it('counts a skipped dose as not taken, but not as missed', () => {
    const m = med([step('start', '2026-11-23', 50, at('08:00'))]);
    const logs = [taken('2026-11-23', '08:00'), skipped('2026-11-24', '08:00')];
    expect(adherence(m, logs, '2026-11-23', '2026-11-24', now)).toMatchObject({ scheduled: 2, taken: 1, skipped: 1, notLogged: 0, rate: 0.5 });
  });

  it('ignores other medications’ logs and logs for times no longer scheduled', () => {
    const m = med([step('start', '2026-11-23', 50, at('08:00'))]);
    const logs = [taken('2026-11-23', '08:00', 'other-med'), taken('2026-11-23', '21:00')];
    expect(adherence(m, logs, '2026-11-23', '2026-11-23', now)).toMatchObject({ scheduled: 1, taken: 0, notLogged: 1 });
  });

  it('uses the latest edit when one dose was logged twice', () => {
    const m = med([step('start', '2026-11-23', 50, at('08:00'))]);
    const first = skipped('2026-11-23', '08:00');
    const corrected = { ...taken('2026-11-23', '08:00'), id: 'other-id', updatedAt: '2026-11-23T12:00:00.000Z' };
    expect(adherence(m, [corrected, first], '2026-11-23', '2026-11-23', now).taken).toBe(1);
  });
});

describe('weekly adherence', () => {
  const m = med([step('start', '2026-11-11', 50, at('08:00'))]);
  const logs = takeAll(eachDay('2026-11-11', '2026-11-22'), ['08:00']).filter((l) => l.date !== '2026-11-18');

  it('gives one row per ISO week, Monday to Sunday, from the regimen of each day', () => {
    const weeks = weeklyAdherence(m, logs, '2026-11-09', '2026-11-25', now);
    expect(weeks.map((w) => [w.week, w.from, w.to, w.scheduled, w.taken])).toEqual([
      ['2026-W46', '2026-11-09', '2026-11-15', 5, 5],
      ['2026-W47', '2026-11-16', '2026-11-22', 7, 6],
      ['2026-W48', '2026-11-23', '2026-11-29', 3, 0],
    ]);
    expect(percent(weeks[1]!.rate)).toBe('100%');
    expect(weeks[1]).toMatchObject({ logged: 6, notLogged: 1 });
  });

  it('adds up to the same totals as the whole period', () => {
    const weeks = weeklyAdherence(m, logs, '2026-11-09', '2026-11-29', now);
    const whole = adherence(m, logs, '2026-11-09', '2026-11-29', now);
    expect(weeks.reduce((n, w) => n + w.scheduled, 0)).toBe(whole.scheduled);
    expect(weeks.reduce((n, w) => n + w.taken, 0)).toBe(whole.taken);
  });
});

describe('a regimen change never alters past days', () => {
  const types = ['increase', 'decrease', 'switch', 'pause', 'stop'] as const;
  const schedules = fc.uniqueArray(fc.constantFrom('07:00', '08:00', '12:00', '20:00', '22:30'), { minLength: 1, maxLength: 3 });

  it('adding a step dated D leaves every day before D as it was', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(...types), schedules, (startOffset, changeOffset, type, times) => {
        const start = addDays('2026-09-01', startOffset);
        const changeDay = addDays(start, changeOffset);
        const before = med([step('start', start, 50, at('08:00', '20:00'))]);
        const change: RegimenStep =
          type === 'pause' || type === 'stop' ? step(type, changeDay) : step(type, changeDay, 75, at(...times));
        const after = med([...before.steps, change]);
        const index = indexLogs([]);
        for (const day of eachDay(addDays(start, -3), addDays(changeDay, -1))) {
          expect(dosesOn(after, day, index, now)).toEqual(dosesOn(before, day, index, now));
        }
        const pastTotals = adherence(before, [], start, addDays(changeDay, -1), now);
        expect(adherence(after, [], start, addDays(changeDay, -1), now)).toEqual(pastTotals);
      }),
    );
  });

  it('a dose change today keeps last week’s figures', () => {
    const m = med([step('start', '2026-11-01', 50, at('08:00'))]);
    const logs = takeAll(eachDay('2026-11-16', '2026-11-22'), ['08:00']);
    const lastWeek = adherence(m, logs, '2026-11-16', '2026-11-22', now);
    const changed = med([...m.steps, step('increase', '2026-11-25', 100, at('08:00', '14:00', '20:00'))]);
    expect(adherence(changed, logs, '2026-11-16', '2026-11-22', now)).toEqual(lastWeek);
    expect(adherence(changed, logs, '2026-11-25', '2026-11-25', now).scheduled).toBe(3);
  });
});

describe('dailyAdherence', () => {
  it('counts each day’s doses by state, across a dose change, and stops at today', () => {
    const m = med([step('start', '2026-11-22', 50, at('08:00')), step('increase', '2026-11-24', 50, at('08:00', '20:00'))]);
    const logs = [taken('2026-11-22', '08:00'), skipped('2026-11-23', '08:00'), taken('2026-11-24', '08:00'), taken('2026-11-25', '08:00')];
    expect(dailyAdherence(m, logs, '2026-11-21', '2026-11-30', now)).toEqual([
      { day: '2026-11-21', due: 0, taken: 0, skipped: 0, notLogged: 0, pending: 0 },
      { day: '2026-11-22', due: 1, taken: 1, skipped: 0, notLogged: 0, pending: 0 },
      { day: '2026-11-23', due: 1, taken: 0, skipped: 1, notLogged: 0, pending: 0 },
      { day: '2026-11-24', due: 2, taken: 1, skipped: 0, notLogged: 1, pending: 0 },
      { day: '2026-11-25', due: 2, taken: 1, skipped: 0, notLogged: 0, pending: 1 },
    ]);
  });
});
