import { z } from 'zod';
import { parseNumber } from '../../../shared/codec/number';
import { journalEntry } from '../../../shared/domain/journal';
import { parseTags } from '../../../shared/journal/tags';
import { FUTURE_DAY_MESSAGE } from '../../../shared/journal/validate';
import type { EntryFields } from './entry-fields';

/**
 * The entry form as typed (text) to the entry's own fields, checked by the
 * record's schema piece by piece so each message lands on the field that
 * caused it and the form and storage never disagree. "Today" is the form's
 * own rule (a stored record does not become invalid as the clock moves).
 */
export const entryFormSchema = (today: string) =>
  z.object({
    entryId: z.string().optional(),
    title: z.string().transform((s) => s.trim()).pipe(journalEntry.shape.title),
    body: journalEntry.shape.body,
    day: journalEntry.shape.date.refine((d) => d <= today, FUTURE_DAY_MESSAGE),
    time: journalEntry.shape.time,
    tags: z.string().transform(parseTags).pipe(journalEntry.shape.tags),
    mood: z.string().transform(parseNumber).pipe(journalEntry.shape.mood),
    shareWithProvider: z.boolean(),
  }) satisfies z.ZodType<unknown, EntryFields>;

export type EntryValues = z.output<ReturnType<typeof entryFormSchema>>;

/** The form's fields in the order they are shown, so the first problem is the one focused. */
export const ENTRY_FIELD_ORDER = ['title', 'body', 'day', 'time', 'mood', 'tags'] as const;
