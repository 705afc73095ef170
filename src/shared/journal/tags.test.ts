import { describe, expect, it } from 'vitest';
import { growingList, STARTER_TRIGGERS } from './lists';
import { collectTags, hasTag, parseTags } from './tags';

describe('tags', () => {
  it('parses comma-separated text, dropping blanks and case-insensitive repeats', () => {
    expect(parseTags(' sleep, Work ,, sleep ,  work  trip ,WORK')).toEqual(['sleep', 'Work', 'work trip']);
    expect(parseTags('')).toEqual([]);
  });

  it('collects every tag in use once, sorted', () => {
    expect(collectTags([{ tags: ['sleep', 'Family'] }, { tags: ['family', 'appointment'] }])).toEqual([
      'appointment',
      'Family',
      'sleep',
    ]);
    expect(hasTag(['Family'], 'family')).toBe(true);
    expect(hasTag(['Family'], 'fam')).toBe(false);
  });
});

describe('growing lists', () => {
  it('offers the starters first, then what the user added, most used first', () => {
    const used = [['conflict', 'loud neighbours'], ['deadline'], ['loud neighbours'], ['Conflict']];
    expect(growingList(STARTER_TRIGGERS, used)).toEqual([
      'work stress',
      'conflict',
      'poor sleep',
      'loud neighbours',
      'deadline',
    ]);
  });
});
