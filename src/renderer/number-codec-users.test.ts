/**
 * The decimal comma is accepted everywhere or nowhere (decided: everywhere,
 * src/shared/codec/number.ts). Each place that reads a typed number goes
 * through that one codec, so they all agree on the same inputs.
 */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../shared/codec/number';
import { parseMeasure } from '../shared/import/measures';
import { parseAmount } from './features/medications/records';
import { numberOrUndefined } from './features/therapy/format';

const readers: [string, (text: string) => number | undefined][] = [
  ['codec', parseNumber],
  ['therapy fields', numberOrUndefined],
  ['medication amounts', (t) => {
    const n = parseAmount(t);
    return t.trim() === '' && Number.isNaN(n) ? undefined : n;
  }],
  ['imported sleep hours', (t) => {
    const r = parseMeasure('sleepHours', t);
    return r.ok ? r.value : t.trim() === '' ? undefined : Number.NaN;
  }],
];

describe.each(readers)('%s read typed numbers like the codec', (_name, read) => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 7 ', 7],
    ['1e3', Number.NaN],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    const got = read(text);
    if (Number.isNaN(expected)) expect(got).toBeNaN();
    else expect(got).toBe(expected);
  });
});
