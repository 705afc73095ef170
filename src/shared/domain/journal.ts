import { z } from 'zod';
import { importProvenance } from './import-provenance';
import { isoDay, recordBase } from './record';

export const MAX_TAGS = 50;
export const MAX_BODY = 200_000;

/** Tags are the user's own words; the limits only stop runaway pastes. */
export const tagList = z
  .array(
    z
      .string()
      .min(1, 'A tag cannot be empty.')
      .max(60, 'Keep each tag under 60 characters.'),
  )
  .max(MAX_TAGS, `Use at most ${MAX_TAGS} tags.`);

/** A 0–10 rating such as mood; absent means "not rated", never zero. */
export const scale = (label: string) =>
  z
    .number({ error: `${label} is a number from 0 to 10.` })
    .int(`${label} is a whole number from 0 to 10.`)
    .min(0, `${label} is a number from 0 to 10.`)
    .max(10, `${label} is a number from 0 to 10.`);

/** A free-form journal entry. The body is Markdown, shown without raw HTML. */
export const journalEntry = recordBase.extend({
  kind: z.literal('journal.entry'),
  date: isoDay,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.'),
  title: z.string().max(200, 'Keep the title under 200 characters.'),
  body: z
    .string()
    .max(MAX_BODY, 'This entry is over 200,000 characters; split it into several entries.')
    .refine((s) => s.trim().length > 0, 'Write something before saving.'),
  tags: tagList,
  /** How the person felt while writing, if they said. */
  mood: scale('Mood at the time').optional(),
  /** Only entries with this flag may appear in the appointment summary. */
  shareWithProvider: z.boolean(),
  /** Present only on entries brought in from another app (src/shared/import). */
  import: importProvenance.optional(),
});

export type JournalEntry = z.output<typeof journalEntry>;

export const DRAFT_ID = 'journal.draft';

/**
 * The entry form as typed, kept so a lock or a crash loses nothing. Fields are
 * raw form text (an unfinished date is still worth keeping); it has no `date`
 * so it lives in its own small undated segment.
 */
export const journalDraft = recordBase.extend({
  kind: z.literal('journal.draft'),
  id: z.literal(DRAFT_ID),
  /** Set when the draft is an edit of an existing entry. */
  entryId: z.string().min(1).max(64).optional(),
  title: z.string().max(200, 'Keep the title under 200 characters.'),
  body: z.string().max(MAX_BODY, 'This draft is over 200,000 characters; split it into several entries.'),
  day: z.string().max(20),
  time: z.string().max(20),
  tags: z.string().max(4_000, 'Keep the tags under 4,000 characters.'),
  mood: z.string().max(10),
  shareWithProvider: z.boolean(),
});

export type JournalDraft = z.output<typeof journalDraft>;
