import { describe, expect, it } from 'vitest';
import { tagMoodTable } from './tags';

const c = (date: string, mood: number | undefined, tags: string[], triggers: string[] = []) => ({ date, mood, tags, triggers });

describe('tagMoodTable', () => {
  it('counts days and compares mood on days with and without each tag or trigger', () => {
    const checkins = [
      c('2026-11-01', 2, ['Work'], ['conflict']),
      c('2026-11-02', 6, ['walk']),
      c('2026-11-03', 4, ['work'], ['conflict']),
      c('2026-11-04', undefined, ['Walk']),
      c('2026-11-05', 8, []),
      c('2026-11-06', 1, ['work']), // outside the period
    ];
    const entries = [
      { date: '2026-11-05', tags: ['walk'] },
      { date: '2026-10-30', tags: ['work'] }, // outside the period
    ];
    // Moods in the period: 1 Nov 2, 2 Nov 6, 3 Nov 4, 5 Nov 8 (4 Nov has none).
    expect(tagMoodTable(checkins, entries, '2026-11-01', '2026-11-05')).toEqual([
      // walk: 2, 4 and 5 Nov → with 6 and 8 (mean 7), without 2 and 4 (mean 3).
      { label: 'walk', kind: 'tag', days: 3, moodWith: 7, nWith: 2, moodWithout: 3, nWithout: 2 },
      { label: 'conflict', kind: 'trigger', days: 2, moodWith: 3, nWith: 2, moodWithout: 7, nWithout: 2 },
      { label: 'Work', kind: 'tag', days: 2, moodWith: 3, nWith: 2, moodWithout: 7, nWithout: 2 },
    ]);
  });

  it('has no average when no day with the tag has a mood', () => {
    const rows = tagMoodTable([c('2026-11-01', undefined, ['rain']), c('2026-11-02', 5, [])], [], '2026-11-01', '2026-11-02');
    expect(rows).toEqual([{ label: 'rain', kind: 'tag', days: 1, moodWith: null, nWith: 0, moodWithout: 5, nWithout: 1 }]);
  });
});
