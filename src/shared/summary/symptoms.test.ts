import { describe, expect, it } from 'vitest';
import { journalCheckin } from '../domain/journal-checkin';
import { at, med, step } from '../medication/testing';
import { symptomSummary } from './symptoms';
import { checkin } from './testing';

const period = { from: '2026-11-01', to: '2026-11-30' };
const rated = (date: string, symptoms: Record<string, number>) => ({ ...checkin(date, {}), symptoms });

describe('discontinuation symptoms in the printed summary', () => {
  const tapering = med([step('start', '2026-06-01', 100, at('08:00')), step('decrease', '2026-11-10', 50, at('08:00'))]);

  it('per FINISH group: days rated, average and the highest with its day, for the period only', () => {
    const checkins = [rated('2026-10-31', { flu: 3 }), rated('2026-11-12', { flu: 1, sensory: 3 }), rated('2026-11-14', { flu: 2, sensory: 1 })];
    const summary = symptomSummary(checkins, [tapering], period)!;
    expect(summary.tapers).toEqual([{ name: 'Sertraline', from: '2026-11-10' }]);
    expect(summary.rows.find((r) => r.key === 'flu')).toEqual({ key: 'flu', label: 'Flu-like', days: 2, average: 1.5, highest: 2, highestOn: '2026-11-14' });
    expect(summary.rows.find((r) => r.key === 'sensory')).toMatchObject({ days: 2, average: 2, highest: 3, highestOn: '2026-11-12' });
    expect(summary.rows.find((r) => r.key === 'nausea')).toMatchObject({ days: 0, average: null, highest: null });
  });

  it('is absent when no taper or stop touches the period', () => {
    const steady = med([step('start', '2026-06-01', 100, at('08:00'))]);
    expect(symptomSummary([rated('2026-11-12', { flu: 1 })], [steady], period)).toBeNull();
    const longAgo = med([step('start', '2026-01-01', 100, at('08:00')), step('stop', '2026-03-01')]);
    expect(symptomSummary([], [longAgo], period)).toBeNull();
  });
});

describe('the check-in record with symptoms', () => {
  it('keeps older records valid and accepts 0–3 only', () => {
    expect(journalCheckin.safeParse(checkin('2026-11-12', { mood: 5 })).success).toBe(true);
    expect(journalCheckin.safeParse(rated('2026-11-12', { flu: 0, hyperarousal: 3 })).success).toBe(true);
    expect(journalCheckin.safeParse(rated('2026-11-12', { flu: 4 })).error?.issues[0]?.message).toBe('Flu-like is a number from 0 to 3.');
    expect(journalCheckin.safeParse(rated('2026-11-12', { zaps: 1 })).success).toBe(false);
  });

  it('symptoms alone are enough to save a check-in', () => {
    const only = { ...checkin('2026-11-12', {}), mood: undefined, symptoms: { nausea: 1 } };
    expect(journalCheckin.safeParse(only).success).toBe(true);
  });
});
