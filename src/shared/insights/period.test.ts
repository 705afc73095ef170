import { describe, expect, it } from 'vitest';
import { customRange, presetRange } from './period';

describe('presetRange', () => {
  it('ends today and reaches back the chosen length', () => {
    expect(presetRange('4w', '2026-11-25', null)).toEqual({ from: '2026-10-29', to: '2026-11-25' }); // 28 days
    expect(presetRange('3m', '2026-11-25', null)).toEqual({ from: '2026-08-26', to: '2026-11-25' });
    expect(presetRange('1y', '2026-11-25', null)).toEqual({ from: '2025-11-26', to: '2026-11-25' });
    expect(presetRange('3m', '2026-05-31', null).from).toBe('2026-03-01'); // 28 Feb + 1 day
  });

  it('starts "all time" at the earliest record', () => {
    expect(presetRange('all', '2026-11-25', '2019-03-04').from).toBe('2019-03-04');
    expect(presetRange('all', '2026-11-25', null).from).toBe('2026-10-29');
  });
});

describe('customRange', () => {
  it('accepts a valid range and explains a bad one', () => {
    expect(customRange('2026-01-01', '2026-02-01')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(customRange('2026-02-30', '2026-03-01')).toEqual({ error: 'From: That date does not exist.' });
    expect(customRange('2026-01-01', 'soon')).toEqual({ error: 'To: Use a date like 2026-11-25.' });
    expect(customRange('2026-03-01', '2026-02-01')).toEqual({
      error: 'The “from” date is after the “to” date; swap them or pick another.',
    });
  });
});
