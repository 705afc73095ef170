import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberText, parseNumber, requiredNumber } from './number';

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

  it('"abc" and "1e3" are not numbers a person types into Cairn', () => {
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('1e3')).toBeNaN();
  });

  it('out of range is read as typed, never clamped: the field\'s schema says what is wrong', () => {
    expect(parseNumber('11')).toBe(11);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('1000000,5')).toBe(1000000.5);
  });

  it('a required field: empty is NaN like any other non-number', () => {
    expect(requiredNumber('')).toBeNaN();
    expect(requiredNumber('abc')).toBeNaN();
    expect(requiredNumber(' 7,5 ')).toBe(7.5);
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
