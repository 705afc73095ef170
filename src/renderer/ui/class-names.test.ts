import { describe, expect, it } from 'vitest';
import { cx } from './class-names';

describe('cx', () => {
  it('joins the parts with one space', () => {
    expect(cx('card', 'row_a1')).toBe('card row_a1');
  });

  it('skips parts that are off or empty, with no stray spaces', () => {
    expect(cx('row', false, null, undefined, '', 'done')).toBe('row done');
    expect(cx(false, 'only')).toBe('only');
  });

  it('gives an empty string when nothing is on', () => {
    expect(cx(false, undefined)).toBe('');
    expect(cx()).toBe('');
  });
});
