import { describe, expect, it } from 'vitest';
import { doseAndSymptoms, FINISH_GROUPS, symptomsAskedOn, symptomWindows } from './discontinuation';
import { at, med, step } from './testing';

const planned = (s: ReturnType<typeof step>) => ({ ...s, planned: true });

describe('when the check-in asks about discontinuation symptoms', () => {
  const taper = med([
    step('start', '2026-06-01', 100, at('08:00')),
    step('decrease', '2026-10-01', 75, at('08:00')),
    planned(step('decrease', '2026-11-01', 50, at('08:00'))),
    planned(step('stop', '2026-12-01')),
  ]);

  it('from the first lowering step through six weeks after the stop', () => {
    expect(symptomWindows(taper)).toEqual([{ from: '2026-10-01', to: '2027-01-12' }]);
    expect(symptomsAskedOn([taper], '2026-09-30')).toBe(false);
    expect(symptomsAskedOn([taper], '2026-10-01')).toBe(true);
    expect(symptomsAskedOn([taper], '2027-01-12')).toBe(true);
    expect(symptomsAskedOn([taper], '2027-01-13')).toBe(false);
  });

  it('not for an increase, nor for fewer mg given more often', () => {
    const up = med([step('start', '2026-06-01', 50, at('08:00')), step('increase', '2026-10-01', 100, at('08:00'))]);
    const split = med([step('start', '2026-06-01', 50, at('08:00')), step('switch', '2026-10-01', 25, at('08:00', '20:00'))]);
    expect(symptomsAskedOn([up, split], '2026-10-05')).toBe(false);
  });

  it('uses the six FINISH groups of CLINICAL.md', () => {
    expect(FINISH_GROUPS.map((g) => g.label)).toEqual(['Flu-like', 'Insomnia', 'Nausea', 'Imbalance', 'Sensory disturbances', 'Hyperarousal']);
  });
});

describe('the dose step line with symptoms under it', () => {
  it('walks the taper day by day: recorded dose per day and the ratings of that day', () => {
    const stopping = med([step('start', '2026-06-01', 100, at('08:00')), step('decrease', '2026-11-20', 50, at('08:00')), planned(step('stop', '2026-12-20'))]);
    const days = doseAndSymptoms(stopping, [{ date: '2026-11-22', symptoms: { imbalance: 2, sensory: 3, flu: undefined } }], '2026-11-25');
    expect(days[0]).toEqual({ day: '2026-11-13', dose: 100, ratings: {} });
    expect(days.at(-1)?.day).toBe('2026-11-25');
    expect(days.find((d) => d.day === '2026-11-22')).toEqual({ day: '2026-11-22', dose: 50, ratings: { imbalance: 2, sensory: 3 } });
  });

  it('is empty for a medication never lowered', () => {
    expect(doseAndSymptoms(med([step('start', '2026-06-01', 100, at('08:00'))]), [], '2026-11-25')).toEqual([]);
  });
});
