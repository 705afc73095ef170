import { z } from 'zod';
import { CHECKIN_MEASURES, MEASURE_KEYS, type CheckinMeasure, type MeasureKey } from './checkin-measures';
import { importProvenance } from './import-provenance';
import { ownValues } from './own-measure';
import { tagList } from './journal';
import { isoDay, recordBase } from './record';
import { FINISH_GROUPS, SYMPTOM_MAX, type SymptomKey } from '../medication/discontinuation';

const symptomRating = (label: string) =>
  z
    .number({ error: `${label} is a number from 0 to ${SYMPTOM_MAX}.` })
    .int(`${label} is a whole number from 0 to ${SYMPTOM_MAX}.`)
    .min(0, `${label} is a number from 0 to ${SYMPTOM_MAX}.`)
    .max(SYMPTOM_MAX, `${label} is a number from 0 to ${SYMPTOM_MAX}.`)
    .optional();
/** Discontinuation symptoms (the FINISH groups), asked only during a taper or stop and six weeks after; absent on other days and older records. */
export const discontinuationSymptoms = z.strictObject(
  Object.fromEntries(FINISH_GROUPS.map((g) => [g.key, symptomRating(g.label)])) as Record<SymptomKey, ReturnType<typeof symptomRating>>,
);

export const NOTE_MAX = 2_000;

/** Morning and evening check-ins, for people who turn on "Check in twice a day". */
export const CHECKIN_PARTS = ['morning', 'evening'] as const;
export type CheckinPart = (typeof CHECKIN_PARTS)[number];

/**
 * One check-in per day (or per part of the day): the id is derived from the
 * day and part, so a second save for that day replaces the first.
 */
export const checkinIdFor = (day: string, part?: CheckinPart): string => (part ? `checkin-${day}-${part}` : `checkin-${day}`);

const listItem = z.string().min(1, 'A list item cannot be empty.').max(60, 'Keep each item under 60 characters.');

/** One measure's rule, from its row: range first, then whole steps, each with the row's words. */
function measureSchema(m: CheckinMeasure) {
  const ranged = z
    .number({ error: m.words.range })
    .min(m.min, m.words.range)
    .max(m.max, m.words.tooHigh ?? m.words.range);
  return (m.step === 1 ? ranged.int(m.words.step) : ranged.multipleOf(m.step, m.words.step)).optional();
}

const measureShape = Object.fromEntries(CHECKIN_MEASURES.map((m) => [m.key, measureSchema(m)])) as Record<
  MeasureKey,
  ReturnType<typeof measureSchema>
>;

/** The daily check-in. Every rating is optional: an unrated value is absent, not zero. */
export const journalCheckin = recordBase
  .extend({
    kind: z.literal('journal.checkin'),
    date: isoDay,
    /** Absent for the one daily check-in; set when the person checks in twice a day. */
    part: z.enum(CHECKIN_PARTS).optional(),
    ...measureShape,
    /** The person's own measures, by measure id (own-measure.ts); checked against their definitions by checkOwnValues. */
    custom: ownValues.optional(),
    triggers: z.array(listItem).max(30, 'Pick at most 30 triggers.'),
    coping: z.array(listItem).max(30, 'Pick at most 30 coping skills.'),
    tags: tagList,
    note: z.string().max(NOTE_MAX, `Keep the note under ${NOTE_MAX.toLocaleString('en')} characters.`),
    symptoms: discontinuationSymptoms.optional(),
    /** Present only on check-ins brought in from another app (src/shared/import). */
    import: importProvenance.optional(),
  })
  .refine((c) => c.id === checkinIdFor(c.date, c.part), {
    message: 'A check-in belongs to exactly one day.',
    path: ['id'],
  })
  .refine(
    (c) =>
      MEASURE_KEYS.some((key) => c[key] !== undefined) ||
      Object.keys(c.custom ?? {}).length > 0 ||
      c.note.trim().length > 0 ||
      c.triggers.length + c.coping.length + c.tags.length > 0 ||
      Object.values(c.symptoms ?? {}).some((rating) => rating !== undefined),
    { message: 'Fill in at least one value before saving.', path: ['mood'] },
  );

export type JournalCheckin = z.output<typeof journalCheckin>;
