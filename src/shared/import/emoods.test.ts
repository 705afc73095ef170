import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader';
import { emoodsScales, isEmoods, mapEmoods } from './emoods';
import { planImport } from './plan';
import { firstSource } from './sources';

const TODAY = '2026-12-06';
const NOW = '2026-12-06T10:00:00.000Z';
const table = () => {
  const result = readCsv(readFileSync('tests/fixtures/imports/emoods.csv', 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.table;
};

describe('eMoods', () => {
  it('recognises the export by its date and rating columns', () => {
    expect(isEmoods(table().header)).toBe(true);
    expect(isEmoods(['date', 'mood'])).toBe(false);
    expect(firstSource(table(), TODAY).kind).toBe('emoods');
  });

  it('maps sleep hours and keeps every rating raw; anxiety and irritability stay unrated until placed', () => {
    const scales = emoodsScales(table());
    expect(scales.map((s) => [s.sourceName, s.values.map((v) => v.label), s.mapping])).toEqual([
      ['ANXIETY', ['0', '1', '2'], { '0': null, '1': null, '2': null }],
      ['IRRITABILITY', ['0', '1'], { '0': null, '1': null }],
    ]);
    const plan = planImport(mapEmoods(table(), scales, TODAY), () => undefined, NOW);
    expect(plan.checkins.map((c) => [c.date, c.sleepHours, c.anxiety, c.import?.sourceLabel, c.import?.raw])).toEqual([
      ['2024-03-31', 7.5, undefined, 'SLEEP 7.5', { DEPRESSED: '1', ELEVATED: '0', IRRITABILITY: '0', ANXIETY: '2', SLEEP: '7.5', MEDICATIONS: 'Sertraline 50mg' }],
      ['2024-03-30', 6, undefined, 'SLEEP 6', { DEPRESSED: '2', ELEVATED: '0', IRRITABILITY: '1', ANXIETY: '1', SLEEP: '6', WEIGHT: '70.2', MEDICATIONS: 'Sertraline 50mg' }],
    ]);
    expect(plan.entries.map((e) => [e.date, e.body, e.import?.source])).toEqual([['2024-03-31', 'Slept well.\nWalked in the park.', 'emoods']]);
    expect(plan.skipped).toEqual([
      { line: 5, reason: 'Line 5 has no mood Cairn can use, no activities and no note.' },
      { line: 6, reason: 'Line 6 has no mood Cairn can use, no activities and no note.' },
      { line: 7, reason: 'Line 7 has “2024-13-01”, which is not a date written as 2024-03-31.' },
    ]);
  });

  it('puts anxiety on the check-in once the person places each value', () => {
    const scales = emoodsScales(table()).map((s) => (s.sourceName === 'ANXIETY' ? { ...s, mapping: { '0': 0, '1': 3, '2': 6 } } : s));
    const plan = planImport(mapEmoods(table(), scales, TODAY), () => undefined, NOW);
    expect(plan.checkins.map((c) => [c.date, c.anxiety, c.import?.sourceLabel, c.import?.sourceValue])).toEqual([
      ['2024-03-31', 6, 'SLEEP 7.5; ANXIETY 2', '7.5; 2'],
      ['2024-03-30', 3, 'SLEEP 6; ANXIETY 1', '6; 1'],
      ['2024-03-29', 0, 'SLEEP 7.3; ANXIETY 0', '7.3; 0'],
      ['2024-03-28', 0, 'ANXIETY 0', '0'],
    ]);
    // 7.3 hours is not a quarter hour: not rounded, kept as written.
    expect(plan.checkins[2]?.sleepHours).toBeUndefined();
    expect(plan.checkins[2]?.import?.raw?.SLEEP).toBe('7.3');
  });
});
