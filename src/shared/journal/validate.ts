import type { z } from 'zod';
import { journalEntry, type JournalEntry } from '../domain/journal';
import { journalCheckin, type JournalCheckin } from '../domain/journal-checkin';
import { checkOwnValues, type JournalMeasure, type OwnValues } from '../domain/own-measure';

export const FUTURE_DAY_MESSAGE = 'That date is in the future. Choose today or an earlier day.';

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

function firstProblem<T>(result: z.ZodSafeParseResult<T>): Checked<T> {
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, field: String(issue?.path[0] ?? ''), message: issue?.message ?? 'This is not valid.' };
}

/**
 * The record schema plus what only the form can know: "today". Kept out of the
 * schema so stored records do not change validity as the clock moves.
 */
function notAfterToday<T extends { date: string }>(checked: Checked<T>, today: string): Checked<T> {
  if (checked.ok && checked.value.date > today) return { ok: false, field: 'date', message: FUTURE_DAY_MESSAGE };
  return checked;
}

/**
 * The check-in's own measures are checked against their definitions first
 * (a typed "lots" or an 11 names the measure), then the record schema.
 * The field of an own measure's problem is its measure id.
 */
export function checkCheckin(input: unknown, today: string, measures: readonly JournalMeasure[] = []): Checked<JournalCheckin> {
  const custom = (input as { custom?: OwnValues } | null)?.custom;
  const own = custom ? checkOwnValues(custom, measures) : null;
  if (own) return { ok: false, ...own };
  return notAfterToday(firstProblem(journalCheckin.safeParse(input)), today);
}

export const checkEntry = (input: unknown, today: string): Checked<JournalEntry> =>
  notAfterToday(firstProblem(journalEntry.safeParse(input)), today);
