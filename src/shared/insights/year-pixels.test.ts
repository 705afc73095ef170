import { describe, expect, it } from 'vitest';
import { at, med, step } from '../medication/testing';
import { dayWords, moodBand, moveDay, yearChoices, yearPixels } from './year-pixels';

const sertraline = med([
  step('start', '2025-12-20', 50, at('08:00')),
  step('increase', '2026-03-02', 100, at('08:00')),
  step('pause', '2026-06-01'),
  step('resume', '2026-06-10', 100, at('08:00')),
  step('stop', '2026-11-20'),
  { ...step('start', '2026-12-10', 25, at('08:00')), planned: true },
]);

describe('yearPixels', () => {
  const year = yearPixels(2026, [{ date: '2026-03-02', mood: 6 }, { date: '2026-03-03' }, { date: '2025-12-31', mood: 2 }], [sertraline]);

  it('lays the year out in Monday-first weeks, with other years’ days left empty', () => {
    // 1 Jan 2026 is a Thursday: its week starts Mon 29 Dec 2025, so three empty slots come first.
    // 31 Dec 2026 is a Thursday too: three empty slots at the end. 365 days + 6 slots = 371 = 53 weeks.
    expect(year.days).toHaveLength(365);
    expect(year.weeks).toHaveLength(53);
    expect(year.weeks[0]!.map((d) => d?.day ?? null)).toEqual([null, null, null, '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(year.weeks[52]!.map((d) => d?.day ?? null)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
  });

  it('colours a day by its mood band and leaves days without a mood blank, never zero', () => {
    const d = (day: string) => year.days.find((x) => x.day === day)!;
    expect(d('2026-03-02')).toMatchObject({ mood: 6, band: 3 });
    expect(d('2026-03-03')).toMatchObject({ mood: null, band: null });
    // The 31 Dec 2025 mood belongs to another year.
    expect(year.days.filter((x) => x.mood !== null)).toHaveLength(1);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(moodBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4]);
  });

  it('shades the days a medication was taken (not paused, not stopped, never a plan) and marks each change', () => {
    const taking = (day: string) => year.days.find((x) => x.day === day)!.medications;
    expect(taking('2026-01-01')).toEqual(['Sertraline']);
    expect(taking('2026-06-01')).toEqual([]); // paused
    expect(taking('2026-06-10')).toEqual(['Sertraline']);
    expect(taking('2026-11-20')).toEqual([]); // stopped
    expect(taking('2026-12-15')).toEqual([]); // only planned
    expect(year.days.filter((x) => x.changes.length).map((x) => [x.day, x.changes])).toEqual([
      ['2026-03-02', ['Sertraline — Increased: 100 mg at 08:00']],
      ['2026-06-01', ['Sertraline — Paused']],
      ['2026-06-10', ['Sertraline — Restarted: 100 mg at 08:00']],
      ['2026-11-20', ['Sertraline — Stopped']],
    ]);
  });

  it('puts a day into words for a screen reader', () => {
    expect(dayWords(year.days.find((x) => x.day === '2026-03-02')!)).toBe(
      'Mon, 2 Mar 2026: mood 6 out of 10; taking Sertraline; Sertraline — Increased: 100 mg at 08:00',
    );
    expect(dayWords(year.days.find((x) => x.day === '2026-12-01')!)).toBe('Tue, 1 Dec 2026: no mood recorded');
  });
});

describe('moveDay', () => {
  it('moves a day up and down, a week left and right, to the week’s ends and a month, and stays in the year', () => {
    expect(moveDay('2026-03-04', 'ArrowDown', 2026)).toBe('2026-03-05');
    expect(moveDay('2026-03-04', 'ArrowUp', 2026)).toBe('2026-03-03');
    expect(moveDay('2026-03-04', 'ArrowRight', 2026)).toBe('2026-03-11');
    expect(moveDay('2026-03-04', 'ArrowLeft', 2026)).toBe('2026-02-25');
    expect(moveDay('2026-03-04', 'Home', 2026)).toBe('2026-03-02');
    expect(moveDay('2026-03-04', 'End', 2026)).toBe('2026-03-08');
    expect(moveDay('2026-03-31', 'PageUp', 2026)).toBe('2026-02-28');
    expect(moveDay('2026-01-03', 'ArrowLeft', 2026)).toBe('2026-01-01');
    expect(moveDay('2026-12-30', 'ArrowRight', 2026)).toBe('2026-12-31');
    expect(moveDay('2026-03-04', 'a', 2026)).toBeNull();
  });
});

describe('yearChoices', () => {
  it('offers each year from the earliest record to this one, newest first', () => {
    expect(yearChoices('2024-05-01', '2026-12-06')).toEqual([2026, 2025, 2024]);
    expect(yearChoices(null, '2026-12-06')).toEqual([2026]);
  });
});
