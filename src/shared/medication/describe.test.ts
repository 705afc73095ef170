import { describe, expect, it } from 'vitest';
import { describeDose, describeStep } from './describe';
import { asNeeded, at, step } from './testing';

describe('describing doses', () => {
  it('lists times in words and keeps small amounts readable', () => {
    expect(describeDose(20, 'mg', at('08:00'))).toBe('20 mg at 08:00');
    expect(describeDose(100, 'mg', at('08:00', '20:00'))).toBe('100 mg at 08:00 and 20:00');
    expect(describeDose(0.1 + 0.2, 'mg', at('07:00', '12:00', '20:00'))).toBe('0.3 mg at 07:00, 12:00 and 20:00');
    expect(describeDose(2, 'puffs', asNeeded)).toBe('2 puffs as needed');
  });

  it('names what changed at each step', () => {
    expect(describeStep(step('decrease', '2026-12-01', 10, at('08:00')), 'mg')).toBe('Decreased: 10 mg at 08:00');
    expect(describeStep(step('stop', '2026-12-01'), 'mg')).toBe('Stopped');
  });
});
