import { describe, expect, it } from 'vitest';
import { at, med, skipped, step, taken } from '../medication/testing';
import { adherenceText, medicationRows } from './medications';

const period = { from: '2026-11-05', to: '2026-11-14' };
const now = { day: '2026-11-14', time: '12:00' };

const sertraline = med([
  step('start', '2026-10-01', 50, at('08:00')),
  { ...step('increase', '2026-11-10', 100, at('08:00')), reason: 'Agreed at the review' },
  { ...step('decrease', '2026-12-01', 50, at('08:00')), planned: true },
]);
const stoppedBefore = med([step('start', '2026-09-01', 1, at('21:00')), step('stop', '2026-10-15')], { id: 'med-old', name: 'Old med' });
const stoppedDuring = med([step('start', '2026-10-01', 10, at('21:00')), step('stop', '2026-11-08')], { id: 'med-stop', name: 'Amitriptyline' });

const logs = [
  ...['05', '06', '08', '10', '11', '12', '13'].map((d) => taken(`2026-11-${d}`, '08:00')),
  skipped('2026-11-07', '08:00'),
  // Outside the period: never counted.
  taken('2026-11-04', '08:00'),
  taken('2026-11-15', '08:00'),
];

describe('medication rows', () => {
  it('lists medications in force during the period, by name, and leaves out ones stopped before it', () => {
    const rows = medicationRows([sertraline, stoppedBefore, stoppedDuring], logs, period, now);
    expect(rows.map((r) => r.name)).toEqual(['Amitriptyline', 'Sertraline']);
  });

  it('gives the current dose, every change in the period with its reason, and the next planned change', () => {
    const [row] = medicationRows([sertraline], logs, period, now);
    expect(row?.current).toBe('100 mg at 08:00');
    expect(row?.changes).toEqual([{ date: '2026-11-10', text: 'Increased: 100 mg at 08:00', reason: 'Agreed at the review' }]);
    expect(row?.planned).toEqual([{ date: '2026-12-01', text: 'Planned: decrease to 50 mg at 08:00 on 1 Dec 2026', reason: '' }]);
  });

  it('never prints an unconfirmed plan as a change, even once its date is inside the period', () => {
    const overdue = medicationRows([sertraline], logs, { from: '2026-11-20', to: '2026-12-05' }, { day: '2026-12-05', time: '12:00' })[0]!;
    expect(overdue.current).toBe('100 mg at 08:00');
    expect(overdue.changes).toEqual([]);
    expect(overdue.planned.map((p) => p.text)).toEqual(['Planned: decrease to 50 mg at 08:00 on 1 Dec 2026']);
    expect(overdue).toMatchObject({ takingSince: '2026-10-01', doseSince: '2026-11-10' });
  });

  it('counts doses taken of logged in the period, skipped with reasons, not logged and still due today', () => {
    const [row] = medicationRows([sertraline], logs, period, now);
    expect(row?.adherence).toMatchObject({ scheduled: 10, taken: 7, skipped: 1, notLogged: 1, pending: 1 });
    expect(row?.adherence.rate).toBeCloseTo(7 / 8);
    expect(adherenceText(row!.adherence)).toBe('taken 7 of 8 logged (88%) · 1 not logged · skipped: other 1 · 1 still due today');
  });

  it('shows a stop in the period and counts only the days before it', () => {
    const row = medicationRows([stoppedDuring], [], period, now)[0]!;
    expect(row.status).toBe('stopped');
    expect(row.current).toBe('Stopped');
    expect(row.changes.map((c) => c.text)).toEqual(['Stopped']);
    // 5, 6 and 7 November were scheduled and nothing was logged.
    expect(row.adherence).toMatchObject({ scheduled: 3, taken: 0, notLogged: 3 });
    expect(adherenceText(row.adherence)).toBe('taken 0 of 0 logged · 3 not logged');
  });

  it('says so when nothing was scheduled', () => {
    const asNeededOnly = med([step('start', '2026-10-01', 0.5, { kind: 'asNeeded' })], { name: 'Lorazepam' });
    const row = medicationRows([asNeededOnly], [], period, now)[0]!;
    expect(row.current).toBe('0.5 mg as needed');
    expect(adherenceText(row.adherence)).toBe('No scheduled doses in this period.');
    expect(row.asNeededPerWeek).toBeNull();
  });

  it('gives a weekly count for an as-needed medicine', () => {
    const asNeededOnly = med([step('start', '2026-10-01', 0.5, { kind: 'asNeeded' })], { name: 'Lorazepam' });
    const prn = (date: string) => ({ ...taken(date, '08:00'), id: `prn-${date}`, time: null, amount: 0.5 });
    const row = medicationRows([asNeededOnly], [prn('2026-11-06'), prn('2026-11-09'), prn('2026-11-12')], period, now)[0]!;
    // 3 doses over the 10 days of the period: 2.1 a week.
    expect(row.adherence.asNeeded).toBe(3);
    expect(row.asNeededPerWeek).toBeCloseTo(2.1);
  });
});
