import { describe, expect, it } from 'vitest';
import { intensityChange } from './thought-record';

describe('thought record intensity change', () => {
  it('is after minus before', () => {
    expect(intensityChange({ intensityBefore: 80, intensityAfter: 45 })).toBe(-35);
    expect(intensityChange({ intensityBefore: 30, intensityAfter: 50 })).toBe(20);
  });

  it('is null until the intensity after is filled in', () => {
    expect(intensityChange({ intensityBefore: 80, intensityAfter: undefined })).toBeNull();
  });

  it('treats an intensity of 0 after as a value, not as missing', () => {
    expect(intensityChange({ intensityBefore: 60, intensityAfter: 0 })).toBe(-60);
  });
});
