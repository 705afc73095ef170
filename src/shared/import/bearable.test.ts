import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bearableScales, isBearable, mapBearable } from './bearable';
import { readCsv } from './csv-reader';
import { planImport } from './plan';
import { firstSource } from './sources';

const TODAY = '2026-12-06';
const NOW = '2026-12-06T10:00:00.000Z';
const table = (text = readFileSync('tests/fixtures/imports/bearable.csv', 'utf8')) => {
  const result = readCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.table;
};

describe('Bearable', () => {
  it('recognises the long export by its header, with or without "date formatted"', () => {
    expect(isBearable(table().header)).toBe(true);
    expect(isBearable(['date', 'date formatted', 'weekday', 'time of day', 'category', 'rating/amount', 'detail', 'notes'])).toBe(true);
    expect(isBearable(['date', 'mood', 'note'])).toBe(false);
    expect(firstSource(table(), TODAY).kind).toBe('bearable');
  });

  it('offers each mood and energy value for placing, starting at the same number', () => {
    const scales = bearableScales(table());
    expect(scales.map((s) => [s.measure, s.values.map((v) => `${v.label}×${v.count}`), s.mapping])).toEqual([
      ['mood', ['4×1', '5×1', '7×1'], { '4': 4, '5': 5, '7': 7 }],
      ['energy', ['3×1'], { '3': 3 }],
    ]);
  });

  it('makes one check-in per day from the latest rating, factors as tags, other categories raw, notes as entries', () => {
    const scales = bearableScales(table());
    scales[0]!.mapping['7'] = 8;
    const plan = planImport(mapBearable(table(), scales, TODAY), () => undefined, NOW);
    expect(plan.checkins.map((c) => [c.date, c.mood, c.energy, c.tags, c.import?.source, c.import?.sourceLabel, c.import?.sourceValue])).toEqual([
      ['2024-03-31', 8, 3, ['Walk', 'With family'], 'bearable', 'Mood 7; Energy 3', '7'],
      ['2024-03-30', undefined, undefined, ['Work'], 'bearable', 'Factors', ''],
    ]);
    expect(plan.checkins[0]!.import?.raw).toEqual({
      Mood: '09:10 4 Tired | Anxious; 21:30 7 Calm',
      Energy: '21:31 3',
      Factors: 'all day Walk | With family',
      Symptom: 'pm 1 Anxiety (Mild)',
      'Meds/Supplements': '21:32 50 Sertraline (mg)',
      Sleep: '21:33 7.5',
    });
    expect(plan.checkins[1]!.import?.raw).toMatchObject({ Gratitudes: '22:00 A quiet morning', Symptom: 'am 2 Headache (Moderate)' });
    expect(plan.entries.map((e) => [e.date, e.time, e.body, e.import?.source])).toEqual([['2024-03-31', '21:30', 'Dinner with my sister, a good evening.', 'bearable']]);
    expect(plan.skipped).toEqual([
      { line: 12, reason: 'Line 12 has “30th Feb 2024”, which is not a day of the calendar.' },
      { line: 13, reason: 'Line 13 has no mood Cairn can use, no activities and no note.' },
    ]);
  });

  it('leaves a value the person left unrated off the check-in but keeps it raw', () => {
    const scales = bearableScales(table()).map((s) => ({ ...s, mapping: Object.fromEntries(Object.keys(s.mapping).map((k) => [k, null])) }));
    const [day] = mapBearable(table(), scales, TODAY).candidates;
    expect(day?.values).toEqual({});
    expect(day?.provenance.raw?.Mood).toContain('21:30 7 Calm');
  });

  it('adds nothing when the same file is imported again', () => {
    const first = planImport(mapBearable(table(), bearableScales(table()), TODAY), () => undefined, NOW);
    const stored = new Map([...first.checkins, ...first.entries].map((r) => [r.id, r]));
    const again = planImport(mapBearable(table(), bearableScales(table()), TODAY), (id) => stored.get(id), NOW);
    expect([again.checkins.length, again.entries.length, again.alreadyImported]).toEqual([0, 0, 3]);
  });

  it('keeps both the check-in and the note when a day starts with a noted row (they share a line)', () => {
    const text = 'date,weekday,time of day,category,rating/amount,detail,notes\n"1st Mar 2024",Friday,10:00,Mood,6,,"First thing."';
    const plan = planImport(mapBearable(table(text), bearableScales(table(text)), TODAY), () => undefined, NOW);
    expect([plan.checkins.map((c) => c.mood), plan.entries.map((e) => e.body), plan.skipped]).toEqual([[6], ['First thing.'], []]);
  });

  it('reads an ISO day from "date formatted" when date is written another way', () => {
    const text = 'date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n"2024-03-31T00:00:00Z",2024-03-31,Sunday,10:00,Mood,6,,';
    expect(mapBearable(table(text), bearableScales(table(text)), TODAY).candidates[0]).toMatchObject({ day: '2024-03-31', values: { mood: 6 } });
  });
});
