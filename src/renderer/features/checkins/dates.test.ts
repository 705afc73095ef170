import { describe, expect, it } from 'vitest';
import { localDay } from '../../../shared/local-date';
import { periodFor } from './dates';
import { withAlpha } from '../../ui/charts/theme';

describe('history periods', () => {
  it('start the chosen number of months before today and stay open-ended', () => {
    expect(periodFor('3', '2026-11-25')).toEqual({ from: '2026-08-25', to: null });
    expect(periodFor('12', '2026-11-25')).toEqual({ from: '2025-11-25', to: null });
    expect(periodFor('6', '2026-08-31')).toEqual({ from: '2026-02-28', to: null });
    expect(periodFor('all', '2026-11-25')).toEqual({ from: null, to: null });
  });

  it('write days in local time', () => {
    expect(localDay(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(localDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});

describe('chart colours', () => {
  it('turn a theme hex colour into a translucent fill', () => {
    expect(withAlpha('#2f5d8a', 0.1)).toBe('rgba(47, 93, 138, 0.1)');
    expect(withAlpha('not a colour', 0.1)).toBe('not a colour');
  });
});
