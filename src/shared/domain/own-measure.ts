import { z } from 'zod';
import { recordBase } from './record';

/*
 * A measure the person adds for themselves ("brain zaps", "exercised",
 * "minutes outside"). The definition is its own record; the values live on
 * each check-in under `custom`, keyed by the definition's id. A definition is
 * archived, never deleted, so past values keep their name.
 */

export const OWN_MEASURE_TYPES = ['rating', 'yesno', 'number'] as const;
export type OwnMeasureType = (typeof OWN_MEASURE_TYPES)[number];

/** Ratings are 0–10 like mood, so they share the scale and the chart axis. */
export const OWN_RATING_MIN = 0;
export const OWN_RATING_MAX = 10;
/** A number measure without its own bounds: wide enough for "minutes outside" or "steps". */
export const OWN_NUMBER_MIN = 0;
export const OWN_NUMBER_MAX = 100_000;
export const OWN_NAME_MAX = 60;

const word = z.string().trim().max(30, 'Keep each end word under 30 characters.');

export const journalMeasure = recordBase
  .extend({
    kind: z.literal('journal.measure'),
    name: z.string().trim().min(1, 'Give the measure a name.').max(OWN_NAME_MAX, `Keep the name under ${OWN_NAME_MAX} characters.`),
    type: z.enum(OWN_MEASURE_TYPES, { error: 'Choose a 0–10 rating, yes or no, or a number.' }),
    /** Rating only: the person's words for 0 and for 10 ("none", "constant"). */
    lowWord: word.optional(),
    highWord: word.optional(),
    /** Number only: "minutes", "steps", "glasses". */
    unit: z.string().trim().max(20, 'Keep the unit under 20 characters.').optional(),
    /** Number only: the range a typed value must fall in. */
    min: z.number({ error: 'The lowest value is a number.' }).finite().optional(),
    max: z.number({ error: 'The highest value is a number.' }).finite().optional(),
    /** Printed in the appointment summary when ticked. */
    inSummary: z.boolean(),
    /** Set when the person removes the measure: it leaves the check-in, its past values stay. */
    archivedAt: z.iso.datetime().optional(),
  })
  .refine((m) => m.min === undefined || m.max === undefined || m.min < m.max, {
    message: 'The highest value must be above the lowest.',
    path: ['max'],
  });

export type JournalMeasure = z.output<typeof journalMeasure>;

/** The range a value of this measure must be in. */
export function measureRange(m: JournalMeasure): { min: number; max: number } {
  if (m.type === 'rating') return { min: OWN_RATING_MIN, max: OWN_RATING_MAX };
  if (m.type === 'yesno') return { min: 0, max: 1 };
  return { min: m.min ?? OWN_NUMBER_MIN, max: m.max ?? OWN_NUMBER_MAX };
}

/** The end words a rating shows beside its scale; plain ones when the person gave none. */
export const measureAnchors = (m: JournalMeasure): readonly [string, string] => [m.lowWord || 'none', m.highWord || 'most'];

/** The measures offered in the check-in: not archived, in the order they were added. */
export const activeMeasures = (all: readonly JournalMeasure[]): JournalMeasure[] =>
  all.filter((m) => !m.archivedAt).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

/** A value on a check-in: a number for ratings and numbers, true/false for yes/no. */
export const ownValue = z.union([z.number().finite(), z.boolean()]);
export type OwnValue = z.output<typeof ownValue>;
export const ownValues = z.record(z.string().min(1).max(64), ownValue);
export type OwnValues = z.output<typeof ownValues>;

/** "brain zaps: 3/10", "exercised: yes", "minutes outside: 40 minutes" — how a value reads on a card, in search and in CSV. */
export function ownValueText(m: JournalMeasure, value: OwnValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (m.type === 'rating') return `${value}/10`;
  return m.unit ? `${value} ${m.unit}` : String(value);
}

/**
 * Checks a check-in's own values against their definitions: a rating is a
 * whole number 0–10, yes/no is true or false, a number is in its range.
 * Values of archived or unknown measures are left as they are (they were
 * checked when saved). Returns the first problem, with the measure id as field.
 */
export function checkOwnValues(values: OwnValues, measures: readonly JournalMeasure[]): { field: string; message: string } | null {
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const [id, value] of Object.entries(values)) {
    const m = byId.get(id);
    if (!m || m.archivedAt) continue;
    const { min, max } = measureRange(m);
    if (m.type === 'yesno') {
      if (typeof value !== 'boolean') return { field: id, message: `${m.name}: choose yes or no.` };
      continue;
    }
    if (typeof value !== 'number' || Number.isNaN(value)) return { field: id, message: `${m.name} is a number from ${min} to ${max}.` };
    if (m.type === 'rating' && !Number.isInteger(value)) return { field: id, message: `${m.name} is a whole number from ${min} to ${max}.` };
    if (value < min || value > max) return { field: id, message: `${m.name} is a number from ${min} to ${max}.` };
  }
  return null;
}
