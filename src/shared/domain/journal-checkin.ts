import { z } from 'zod';
import { scale, tagList } from './journal';
import { importProvenance } from './import-provenance';
import { isoDay, recordBase } from './record';

export const NOTE_MAX = 2_000;

/** One check-in per day: the id is derived from the day, so a second save for that day replaces the first. */
export const checkinIdFor = (day: string): string => `checkin-${day}`;

const listItem = z.string().min(1, 'A list item cannot be empty.').max(60, 'Keep each item under 60 characters.');

/** The daily check-in. Every rating is optional: an unrated value is absent, not zero. */
export const journalCheckin = recordBase
  .extend({
    kind: z.literal('journal.checkin'),
    date: isoDay,
    mood: scale('Mood').optional(),
    anxiety: scale('Anxiety').optional(),
    energy: scale('Energy').optional(),
    irritability: scale('Irritability').optional(),
    sleepHours: z
      .number({ error: 'Sleep is a number of hours from 0 to 24.' })
      .min(0, 'Sleep is a number of hours from 0 to 24.')
      .max(24, 'Sleep is a number of hours from 0 to 24; a day has only 24.')
      .multipleOf(0.25, 'Give sleep in quarter hours, like 7, 7.25 or 7.5.')
      .optional(),
    sleepQuality: z
      .number({ error: 'Sleep quality is a whole number from 1 to 5.' })
      .int('Sleep quality is a whole number from 1 to 5.')
      .min(1, 'Sleep quality is a whole number from 1 to 5.')
      .max(5, 'Sleep quality is a whole number from 1 to 5.')
      .optional(),
    triggers: z.array(listItem).max(30, 'Pick at most 30 triggers.'),
    coping: z.array(listItem).max(30, 'Pick at most 30 coping skills.'),
    tags: tagList,
    note: z.string().max(NOTE_MAX, `Keep the note under ${NOTE_MAX.toLocaleString('en')} characters.`),
    /** Present only on check-ins brought in from another app (src/shared/import). */
    import: importProvenance.optional(),
  })
  .refine((c) => c.id === checkinIdFor(c.date), {
    message: 'A check-in belongs to exactly one day.',
    path: ['id'],
  })
  .refine(
    (c) =>
      [c.mood, c.anxiety, c.energy, c.irritability, c.sleepHours, c.sleepQuality].some((v) => v !== undefined) ||
      c.note.trim().length > 0 ||
      c.triggers.length + c.coping.length + c.tags.length > 0,
    { message: 'Fill in at least one value before saving.', path: ['mood'] },
  );

export type JournalCheckin = z.output<typeof journalCheckin>;
