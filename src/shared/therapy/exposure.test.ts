import { describe, expect, it } from 'vitest';
import type { TherapyExposure } from '../domain/therapy';
import { averageDropForStep, sudsDrop } from './exposure';

const exposure = (stepId: string, before: number, peak: number, after: number): TherapyExposure => ({
  kind: 'therapy.exposure',
  id: crypto.randomUUID(),
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  date: '2026-11-20',
  stepId,
  sudsBefore: before,
  sudsPeak: peak,
  sudsAfter: after,
  ritualResisted: true,
  note: '',
});

describe('SUDS drop within one exposure', () => {
  it('measures the fall from before and from the peak to after', () => {
    expect(sudsDrop(exposure('a', 60, 85, 30))).toEqual({ beforeToAfter: 30, peakToAfter: 55 });
  });

  it('is negative when distress ended higher than it started', () => {
    expect(sudsDrop(exposure('a', 20, 70, 45))).toEqual({ beforeToAfter: -25, peakToAfter: 25 });
  });

  it('is zero when nothing changed', () => {
    expect(sudsDrop(exposure('a', 40, 40, 40))).toEqual({ beforeToAfter: 0, peakToAfter: 0 });
  });
});

describe('average drop across the exposures of one ladder step', () => {
  const log = [
    exposure('lift', 70, 90, 40), // drops 30 and 50
    exposure('lift', 50, 80, 30), // drops 20 and 50
    exposure('lift', 60, 65, 50), // drops 10 and 15
    exposure('stairs', 10, 100, 0), // another step: must not count
  ];

  it('averages only that step’s exposures', () => {
    expect(averageDropForStep(log, 'lift')).toEqual({ count: 3, averageBeforeToAfter: 20, averagePeakToAfter: 115 / 3 });
  });

  it('keeps fractions rather than rounding them away', () => {
    const two = [exposure('x', 50, 60, 45), exposure('x', 50, 60, 40)];
    expect(averageDropForStep(two, 'x')).toEqual({ count: 2, averageBeforeToAfter: 7.5, averagePeakToAfter: 17.5 });
  });

  it('is null for a step never practised', () => {
    expect(averageDropForStep(log, 'crowds')).toBeNull();
  });
});
