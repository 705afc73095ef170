import { describe, expect, it } from 'vitest';
import { hotThought, intensityChange, moodChanges, thoughtRecordColumns } from './thought-record';

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

describe('thought record columns, whichever shape the record was written in', () => {
  const stamp = { id: 'tr-1', createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', kind: 'therapy.thoughtRecord' as const, date: '2026-11-19', situation: 's', evidenceFor: '', evidenceAgainst: '', balancedThought: '' };

  it('reads a format-1 record (one emotion, one thought) as one mood re-rated and one thought not marked hot, with no belief invented', () => {
    const columns = thoughtRecordColumns({ ...stamp, automaticThought: 'I am going to be fired', emotion: 'Fear', intensityBefore: 80, intensityAfter: 40 });
    expect(columns).toEqual({ moods: [{ name: 'Fear', intensity: 80, rerated: 40 }], thoughts: [{ text: 'I am going to be fired', hot: false }] });
    expect(moodChanges(columns)).toEqual([{ name: 'Fear', before: 80, after: 40, change: -40 }]);
  });

  it('reads a seven-column record as written and finds the hot thought', () => {
    const columns = thoughtRecordColumns({
      ...stamp,
      moods: [{ name: 'Anxious', intensity: 90 }],
      thoughts: [
        { text: 'a', belief: 30, hot: false },
        { text: 'b', belief: 80, hot: true },
      ],
    });
    expect(hotThought(columns)?.text).toBe('b');
    expect(moodChanges(columns)).toEqual([{ name: 'Anxious', before: 90, after: null, change: null }]);
  });
});
