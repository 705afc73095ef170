import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../shared/import/measures';
import { doseOf } from '../features/medications/DoseFields';
import { numberOrUndefined } from '../features/therapy/format';

/**
 * The three number readers that disagreed about "7,5" (a medication
 * dose, a therapy rating, an imported sleep cell) now read every text alike,
 * through shared/codec/number. Lives in app/ because only app/ may see
 * several features.
 */
const dose = (text: string) => doseOf({ amount: text, kind: 'asNeeded', times: [], everyDays: '1' }).amount;
const therapy = (text: string) => numberOrUndefined(text) ?? Number.NaN;
const imported = (text: string) => {
  const r = parseMeasure('sleepHours', text);
  return r.ok ? r.value : Number.NaN;
};

describe('every number field reads text the same way', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 7 ', 7],
    ['1e3', Number.NaN],
    ['', Number.NaN],
    ['abc', Number.NaN],
  ])('%j', (text, expected) => {
    const read = [dose(text), therapy(text), imported(text)];
    expect(read).toEqual([expected, expected, expected]);
  });

  it('out of range is read as typed, not clamped, where the field has no range of its own', () => {
    expect([dose('30'), therapy('30')]).toEqual([30, 30]);
    expect(parseMeasure('sleepHours', '30')).toMatchObject({ ok: false });
  });
});
