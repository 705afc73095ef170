import { describe, expect, it } from 'vitest';
import { anyRecord } from './index';
import { anyKindHeading, KIND_LABELS, kindCount, kindHeading } from './kind-labels';

describe('kind labels', () => {
  it('names every stored kind in words, with no camelCase or dotted ids', () => {
    const kinds = anyRecord.options.map((o) => o.shape.kind.value);
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...kinds].sort());
    for (const { one, many } of Object.values(KIND_LABELS)) {
      for (const word of [one, many]) expect(word).not.toMatch(/[a-z][A-Z]|\./);
    }
  });

  it('counts with the right plural', () => {
    expect(kindCount('therapy.diaryCard', 1, 'en')).toBe('1 diary card');
    expect(kindCount('therapy.diaryCard', 3, 'en')).toBe('3 diary cards');
    expect(kindHeading('therapy.exposureStep')).toBe('Exposure ladder steps');
    expect(anyKindHeading('future.kind')).toMatch(/does not know/);
  });
});
