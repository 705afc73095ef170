import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader';
import { daylioMoodLabels, defaultMoodMapping, isDaylio, mapDaylio } from './daylio';

const TODAY = '2026-12-06';
const daylio = () => {
  const result = readCsv(readFileSync('tests/fixtures/imports/daylio.csv', 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.table;
};

describe('Daylio', () => {
  it('recognises the export by its header', () => {
    expect(isDaylio(daylio().header)).toBe(true);
    expect(isDaylio(['Day', 'Mood score'])).toBe(false);
  });

  it('lists each mood word once with its count and maps only the five standard ones by default', () => {
    const labels = daylioMoodLabels(daylio());
    expect(labels).toEqual([
      { label: 'rad', count: 1 },
      { label: 'meh', count: 1 },
      { label: 'super tired', count: 1 },
      { label: 'good', count: 1 },
      { label: 'awful', count: 1 },
      { label: 'bad', count: 2 },
    ]);
    expect(defaultMoodMapping(labels)).toEqual({ rad: 9, meh: 5, 'super tired': null, good: 7, awful: 1, bad: 3 });
  });

  it('turns rows into candidates with mapped mood, activity tags, note and the original label kept', () => {
    const mapped = mapDaylio(daylio(), { ...defaultMoodMapping(daylioMoodLabels(daylio())), 'super tired': 2 }, TODAY);
    const [first, , tired, good] = mapped.candidates;
    expect(first).toMatchObject({
      line: 2,
      day: '2024-03-31',
      time: '21:40',
      values: { mood: 9 },
      tags: ['family', 'walk', 'good sleep'],
      title: 'A good Sunday',
      note: 'Lunch with my sister.\nWe walked by the river.',
      provenance: { source: 'daylio', sourceLabel: 'rad', sourceValue: 'rad', raw: { activities: 'family | walk | good sleep' } },
    });
    expect(tired).toMatchObject({ values: { mood: 2 }, provenance: { sourceLabel: 'super tired' } });
    expect(good?.time).toBe('20:30');
    expect(first?.provenance.rowHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('skips an impossible date with its line, and leaves an unmapped word unrated', () => {
    const mapped = mapDaylio(daylio(), defaultMoodMapping(daylioMoodLabels(daylio())), TODAY);
    expect(mapped.skipped).toEqual([{ line: 8, reason: 'Line 8 has “2024-02-30”, which is not a date written as 2024-03-31.' }]);
    expect(mapped.candidates.find((c) => c.provenance.sourceLabel === 'super tired')?.values).toEqual({});
  });
});

describe('older Daylio exports (year, date, no full_date)', () => {
  const old = () => {
    const result = readCsv(readFileSync('tests/fixtures/imports/daylio-old.csv', 'utf8'));
    if (!result.ok) throw new Error(result.message);
    return result.table;
  };

  it('recognises the older header and reads the day from date and year, in either order', () => {
    expect(isDaylio(old().header)).toBe(true);
    expect(isDaylio(['year', 'date', 'mood'])).toBe(false);
    const mapped = mapDaylio(old(), defaultMoodMapping(daylioMoodLabels(old())), TODAY);
    expect(mapped.candidates.map((c) => [c.line, c.day, c.time, c.values.mood, c.tags, c.note, c.provenance.raw])).toEqual([
      [2, '2024-03-31', '21:40', 9, ['family', 'walk'], 'Lunch with my sister.', { activities: 'family | walk' }],
      [3, '2024-03-30', '20:05', 5, ['work'], '', { activities: 'work' }],
      [4, '2024-03-29', '20:30', 7, [], 'Watched a film.', undefined],
    ]);
    expect(mapped.skipped).toEqual([{ line: 5, reason: 'Line 5 has “30 February 2024”, which is not a day of the calendar.' }]);
  });
});
