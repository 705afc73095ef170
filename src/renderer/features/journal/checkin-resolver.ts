import type { FieldValues, Resolver } from 'react-hook-form';
import { CHECKIN_MEASURES, type MeasureKey } from '../../../shared/domain/checkin-measures';
import { checkinIdFor, journalCheckin, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { checkOwnValues, type JournalMeasure } from '../../../shared/domain/own-measure';
import { FUTURE_DAY_MESSAGE } from '../../../shared/journal/validate';
import { localDay } from '../../../shared/local-date';
import { stampNow } from '../../db/record-stamp';
import { recordResolver, type FormProblem } from '../../ui/record-form';
import { checkinFrom, customFrom, type CheckinFields } from './checkin-fields';

const MEASURE_KEYS = new Set<string>(CHECKIN_MEASURES.map((m) => m.key));

/** The form's name for a built-in measure's field. */
export const measureField = (key: MeasureKey) => `measures.${key}` as const;
/** The form's name for an own measure's field (its values are kept by measure id). */
export const ownField = (id: string) => `custom.${id}` as const;

/** Where an issue on the stored check-in lands in the form: the record's `mood` is the form's `measures.mood`, its `date` the `day`. */
export function checkinFieldOf(path: readonly PropertyKey[]): string {
  const [head = '', next] = path.map(String);
  if (MEASURE_KEYS.has(head)) return `measures.${head}`;
  if (head === 'custom' && next !== undefined) return ownField(next);
  // The id is made from the day and part, so a wrong one is the day's to fix.
  if (head === 'date' || head === 'id') return 'day';
  return head;
}

/**
 * The check-in form's one resolver: what was typed is built into the stored
 * record and judged by its schema (shared/domain/journal-checkin), after the
 * two rules only the form can know: the person's own measures against their
 * definitions, and "today" (read at each check, so a form left open past
 * midnight still judges by the real day). The submit handler gets the parsed
 * record, with the id and timestamps it is saved with.
 */
export function checkinResolver(
  existingFor: (fields: CheckinFields) => JournalCheckin | undefined,
  measures: readonly JournalMeasure[],
): Resolver<CheckinFields, unknown, JournalCheckin> {
  const rules = (f: CheckinFields): FormProblem[] => {
    const problems: FormProblem[] = [];
    const own = checkOwnValues(customFrom(f, measures, existingFor(f)), measures);
    if (own) problems.push({ field: ownField(own.field), message: own.message });
    if (f.day > localDay(new Date())) problems.push({ field: 'day', message: FUTURE_DAY_MESSAGE });
    return problems;
  };
  return recordResolver<CheckinFields & FieldValues, JournalCheckin>(
    journalCheckin,
    (f) => checkinFrom(f, existingFor(f), stampNow(), measures),
    checkinFieldOf,
    rules,
  );
}

/** The check-in an edit of this day (and part) replaces, if there is one. */
export const existingIn =
  (byId: ReadonlyMap<string, JournalCheckin>) =>
  (f: Pick<CheckinFields, 'day' | 'part'>): JournalCheckin | undefined =>
    byId.get(checkinIdFor(f.day, f.part));
