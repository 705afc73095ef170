import { describe, expect, it } from 'vitest';
import { keepTypedSince } from './clear-saved';

describe('keepTypedSince', () => {
  const blank = { title: '', body: '', day: '2026-12-06', tags: [] as string[] };

  it('empties every field that still holds what was saved', () => {
    const saved = { title: 'A', body: 'first', day: '2026-12-05', tags: ['x'] };
    expect(keepTypedSince({ ...saved, tags: ['x'] }, saved, blank)).toEqual(blank);
  });

  it('keeps a field typed into while the save ran', () => {
    const saved = { title: 'A', body: 'first', day: '2026-12-05', tags: [] };
    expect(keepTypedSince({ ...saved, body: 'first and more' }, saved, blank)).toEqual({ ...blank, body: 'first and more' });
  });

  it('drops a key the blank form lacks when it was saved (an entry id), keeps it when set since', () => {
    const saved = { entryId: 'e1', title: 'A' };
    const empty = { title: '' } as { entryId?: string; title: string };
    expect(keepTypedSince({ entryId: 'e1', title: 'A' }, saved, empty)).toEqual({ title: '' });
    expect(keepTypedSince({ entryId: 'e2', title: 'A' }, saved, empty)).toEqual({ entryId: 'e2', title: '' });
  });
});
