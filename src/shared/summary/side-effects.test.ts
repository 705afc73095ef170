import { describe, expect, it } from 'vitest';
import { at, med, step } from '../medication/testing';
import { sideEffectRows } from './side-effects';
import { ratedEffect, sideEffect } from './testing';

const sertraline = med([step('start', '2026-10-01', 50, at('08:00')), step('increase', '2026-11-10', 100, at('08:00'))]);
const period = { from: '2026-11-05', to: '2026-11-25' };

describe('side effect rows', () => {
  it('groups reports by symptom: how often, how severe, last reported', () => {
    const rows = sideEffectRows(
      [sideEffect('2026-11-12', 'Nausea', 2), sideEffect('2026-11-13', 'nausea ', 4), sideEffect('2026-11-20', 'Nausea', 3), sideEffect('2026-11-14', 'Headache', 1)],
      [sertraline],
      period,
    );
    expect(rows.map((r) => [r.symptom, r.count, r.maxSeverity, r.meanSeverity, r.lastReported])).toEqual([
      ['Nausea', 3, 4, 3, '2026-11-20'],
      ['Headache', 1, 1, 1, '2026-11-14'],
    ]);
    expect(rows[0]?.medicationName).toBe('Sertraline');
  });

  it('dates the start against the latest dose change on or before it', () => {
    const [row] = sideEffectRows([sideEffect('2026-11-12', 'Nausea', 2)], [sertraline], period);
    expect(row?.began).toBe('2026-11-12');
    expect(row?.onset).toEqual({ medicationName: 'Sertraline', change: 'Increased: 100 mg at 08:00', date: '2026-11-10', daysAfter: 2 });
  });

  it('keeps the first report before the period as the start, and counts only reports in the period', () => {
    const [row] = sideEffectRows([sideEffect('2026-10-03', 'Nausea', 5), sideEffect('2026-11-20', 'Nausea', 1)], [sertraline], period);
    expect(row?.began).toBe('2026-10-03');
    expect(row?.count).toBe(1);
    expect(row?.maxSeverity).toBe(1);
    expect(row?.onset?.change).toBe('Started: 50 mg at 08:00');
    expect(row?.onset?.daysAfter).toBe(2);
  });

  it('leaves out side effects outside the period', () => {
    expect(sideEffectRows([sideEffect('2026-11-01', 'Nausea', 2)], [sertraline], period)).toEqual([]);
  });

  it('keeps frequency, intensity and burden apart (0–6 each) and says how long an episode lasted', () => {
    const rows = sideEffectRows(
      [ratedEffect('2026-11-12', 'Sweating', [4, 2, 1], '2026-11-19'), ratedEffect('2026-11-15', 'Tremor', [2, 3, 4])],
      [sertraline],
      period,
    );
    const sweating = rows.find((r) => r.symptom === 'Sweating')!;
    expect(sweating).toMatchObject({ fibser: { frequency: 4, intensity: 2, burden: 1 }, maxSeverity: null, resolvedOn: '2026-11-19', lastedDays: 7, ongoing: false });
    expect(sweating.onset).toMatchObject({ change: 'Increased: 100 mg at 08:00', daysAfter: 2 });
    expect(rows.find((r) => r.symptom === 'Tremor')).toMatchObject({ ongoing: true, resolvedOn: null, lastedDays: null });
  });

  it('gives each episode its own length: a symptom that came back is not one long episode', () => {
    const [row] = sideEffectRows(
      [ratedEffect('2026-11-06', 'Nausea', [4, 3, 2], '2026-11-09'), { ...ratedEffect('2026-11-20', 'Nausea', [2, 2, 1]), id: 'again' }],
      [sertraline],
      period,
    );
    expect(row!.episodes).toEqual([
      { began: '2026-11-06', resolvedOn: '2026-11-09', days: 3 },
      // Still going: its length so far, to the end of the period.
      { began: '2026-11-20', resolvedOn: null, days: 5 },
    ]);
  });

  it('counts an ongoing episode that began before the period, but not one resolved before it', () => {
    const rows = sideEffectRows(
      [ratedEffect('2026-10-20', 'Vivid dreams', [3, 3, 1]), ratedEffect('2026-10-01', 'Diarrhoea', [2, 2, 2], '2026-10-10')],
      [sertraline],
      period,
    );
    expect(rows.map((r) => r.symptom)).toEqual(['Vivid dreams']);
  });
});
