import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../domain';
import { mapAnyCsv, suggestMapping } from './any-csv';
import { readCsv } from './csv-reader';
import { daylioMoodLabels, defaultMoodMapping, mapDaylio } from './daylio';
import { entryIdFor, planImport } from './plan';

const TODAY = '2026-12-06';
const NOW = '2026-12-06T10:00:00.000Z';
const read = (name: string) => {
  const result = readCsv(readFileSync(`tests/fixtures/imports/${name}`, 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.table;
};
const daylioPlan = (existing: (id: string) => AnyRecord | undefined = () => undefined) => {
  const table = read('daylio.csv');
  return planImport(mapDaylio(table, { ...defaultMoodMapping(daylioMoodLabels(table)), 'super tired': 2 }, TODAY), existing, NOW);
};

describe('planImport', () => {
  it('makes one check-in per day from the latest entry and an entry for each note', () => {
    const plan = daylioPlan();
    expect(plan.checkins.map((c) => [c.date, c.mood, c.import?.sourceLabel])).toEqual([
      ['2024-03-31', 9, 'rad'],
      ['2024-03-30', 2, 'super tired'],
      ['2024-03-29', 7, 'good'],
      ['2024-03-28', 1, 'awful'],
      ['2024-03-27', 3, 'bad'],
    ]);
    expect(plan.entries.map((e) => [e.date, e.time, e.title, e.mood])).toEqual([
      ['2024-03-31', '21:40', 'A good Sunday', 9],
      ['2024-03-29', '20:30', '', 7],
      ['2024-03-28', '19:00', 'Hard day', 1],
    ]);
    expect(plan.skipped).toEqual([
      { line: 4, reason: "Line 4: Cairn keeps one check-in a day, and line 2 (the day's latest) is used for 2024-03-31." },
      { line: 8, reason: 'Line 8 has “2024-02-30”, which is not a date written as 2024-03-31.' },
    ]);
    expect(plan.range).toEqual({ from: '2024-03-27', to: '2024-03-31' });
  });

  it('adds nothing when the same rows were imported before', () => {
    const first = daylioPlan();
    const stored = new Map<string, AnyRecord>([...first.checkins, ...first.entries].map((r) => [r.id, r]));
    const again = daylioPlan((id) => stored.get(id));
    expect(again.checkins).toEqual([]);
    expect(again.entries).toEqual([]);
    expect(again.alreadyImported).toBe(5);
    expect(again.skipped.map((s) => s.line)).toEqual([4, 8]);
  });

  it('never replaces a check-in the person already has', () => {
    const own: AnyRecord = { kind: 'journal.checkin', id: 'checkin-2024-03-30', date: '2024-03-30', mood: 6, triggers: [], coping: [], tags: [], note: '', createdAt: NOW, updatedAt: NOW };
    const plan = daylioPlan((id) => (id === own.id ? own : undefined));
    expect(plan.checkins.map((c) => c.date)).not.toContain('2024-03-30');
    expect(plan.skipped).toContainEqual({ line: 5, reason: 'Line 5: you already have a check-in on 2024-03-30; yours is kept.' });
  });

  it('maps any CSV by the chosen columns, refusing out-of-range values with the line', () => {
    const table = read('any.csv');
    const mapping = { ...suggestMapping(table.header, 'dd.MM.yyyy'), measures: { mood: 1, sleepHours: 2 }, tags: 3, note: 4 };
    const plan = planImport(mapAnyCsv(table, mapping, TODAY), () => undefined, NOW);
    expect(plan.checkins.map((c) => [c.date, c.mood, c.sleepHours, c.tags, c.import?.sourceLabel, c.import?.sourceValue])).toEqual([
      ['2024-03-31', 7, 7.5, ['walk', 'family'], 'Mood score', '7'],
      ['2024-03-30', 4, 6, ['work'], 'Mood score', '4'],
      ['2024-03-28', 5, undefined, [], 'Mood score', '5'],
    ]);
    expect(plan.entries.map((e) => [e.id, e.body])).toEqual([[entryIdFor(plan.checkins[0]!.import!.rowHash), 'Quiet day.']]);
    expect(plan.skipped).toEqual([{ line: 4, reason: 'Line 4 has 12 for mood; Cairn keeps a whole number from 0 to 10.' }]);
  });
});
