import { describe, expect, it } from 'vitest';
import { latestChangeBefore } from './side-effects';
import { at, med, step } from './testing';

const sertraline = med([step('start', '2026-11-01', 50, at('08:00')), step('increase', '2026-11-15', 100, at('08:00'))]);
const lithium = med([step('start', '2026-11-18', 300, at('20:00'))], { id: 'med-2', name: 'Lithium' });

describe('side effects against dose changes', () => {
  it('finds the linked medication’s latest change on or before the day', () => {
    const context = latestChangeBefore({ date: '2026-11-20', medicationId: 'med-1' }, [sertraline, lithium]);
    expect(context).toMatchObject({ step: { type: 'increase' }, daysAfter: 5, medication: { name: 'Sertraline' } });
  });

  it('counts a change on the same day as day 0', () => {
    expect(latestChangeBefore({ date: '2026-11-15', medicationId: 'med-1' }, [sertraline])?.daysAfter).toBe(0);
  });

  it('looks at every medication when none is linked', () => {
    const context = latestChangeBefore({ date: '2026-11-20', medicationId: null }, [sertraline, lithium]);
    expect(context).toMatchObject({ medication: { name: 'Lithium' }, daysAfter: 2 });
  });

  it('has nothing before any start', () => {
    expect(latestChangeBefore({ date: '2026-10-01', medicationId: null }, [sertraline, lithium])).toBeNull();
  });
});
