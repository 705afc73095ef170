import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberText, parseNumber } from './number';

describe('parseNumber: the decimal comma is accepted everywhere', () => {
  it('reads a comma and a dot alike', () => {
    expect(parseNumber('7,5')).toBe(7.5);
    expect(parseNumber('7.5')).toBe(7.5);
    expect(parseNumber(' 7,25 ')).toBe(7.25);
    expect(parseNumber(' 7 ')).toBe(7);
    expect(parseNumber(',5')).toBe(0.5);
    expect(parseNumber('7.')).toBe(7);
    expect(parseNumber('-0,25')).toBe(-0.25);
    expect(parseNumber('10')).toBe(10);
  });

  it('empty is "not given", never zero', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('   ')).toBeUndefined();
  });

  it('anything that is not one number is NaN, for the schema to name', () => {
    for (const bad of ['1,2,3', '1.2.3', '1,2.3', 'seven', '7 h', '1e3', '0x10', '+5', 'Infinity', '--1', '.', ','])
      expect(parseNumber(bad), bad).toBeNaN();
  });

  it('a number written back reads as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((n) => !String(n).includes('e')), (n) => {
        expect(parseNumber(numberText(n))).toBe(n === 0 ? 0 : n);
      }),
    );
    expect(numberText(undefined)).toBe('');
  });
});
