import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { FUTURE_DAY_MESSAGE } from '../../../shared/journal/validate';
import { blankEntry, entryOf, type EntryFields } from './entry-fields';
import { entryFormSchema } from './entry-form-schema';

const TODAY = '2026-12-06';
const typed = (change: Partial<EntryFields>): EntryFields => ({ ...blankEntry(new Date('2026-12-06T09:30:00')), body: 'A walk.', ...change });

/** What react-hook-form receives from the zod resolver for these fields. */
async function resolve(fields: EntryFields) {
  return zodResolver(entryFormSchema(TODAY))(fields, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('the entry form through the zod resolver', () => {
  it('puts each schema message on the field that caused it', async () => {
    const cases: [Partial<EntryFields>, string, string][] = [
      [{ body: '   ' }, 'body', 'Write something before saving.'],
      [{ mood: 'lots' }, 'mood', 'Mood at the time is a number from 0 to 10.'],
      [{ mood: '11' }, 'mood', 'Mood at the time is a number from 0 to 10.'],
      [{ day: '2026-12-07' }, 'day', FUTURE_DAY_MESSAGE],
      [{ time: '25:00' }, 'time', 'Use a time like 14:30.'],
      [{ title: 'x'.repeat(201) }, 'title', 'Keep the title under 200 characters.'],
    ];
    for (const [change, field, message] of cases) {
      const { errors } = await resolve(typed(change));
      expect(Object.keys(errors), JSON.stringify(change)).toEqual([field]);
      expect((errors as Record<string, { message?: string }>)[field]?.message).toBe(message);
    }
  });

  it('a tag too long is the tags field’s problem', async () => {
    const { errors } = await resolve(typed({ tags: `ok, ${'y'.repeat(61)}` }));
    expect(Object.keys(errors)).toEqual(['tags']);
    expect(JSON.stringify(errors.tags)).toContain('Keep each tag under 60 characters.');
  });

  it('turns typed text into the entry: trimmed title, tags, a mood number; the stamp from db/record-stamp', async () => {
    const { values } = await resolve(typed({ title: '  Walk  ', tags: 'outdoors, Outdoors, birds', mood: '7' }));
    const entry = entryOf(values as Parameters<typeof entryOf>[0], undefined);
    expect(entry).toMatchObject({ kind: 'journal.entry', title: 'Walk', body: 'A walk.', tags: ['outdoors', 'birds'], mood: 7, date: TODAY, time: '09:30' });
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.createdAt).toBe(entry.updatedAt);
    // An edit keeps its id and createdAt.
    const edited = entryOf(values as Parameters<typeof entryOf>[0], { ...entry, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(edited.id).toBe(entry.id);
    expect(edited.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });
});
