import type { DoseLog, Medication } from '../domain/medication';
import { APPOINTMENT_TYPE_LABELS, MODALITY_LABELS, type TherapyAppointment, type TherapySession } from '../domain/therapy';
import { formatTime } from '../time/format';

/*
 * The lines a day view shows for records other sections own: the journal
 * reads them from the store and describes them, it never edits them.
 */

export interface DayLine {
  id: string;
  text: string;
}

/** How many entries each day has, for marking days in the month view. */
export function entriesPerDay(entries: readonly { date: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  return counts;
}

/** "Sertraline, 8:00 AM dose: taken at 8:05 AM"; names come from the medication, never its id. */
export function doseLines(day: string, doses: readonly DoseLog[], meds: readonly Medication[], locale?: string): DayLine[] {
  const byId = new Map(meds.map((m) => [m.id, m]));
  return doses
    .filter((d) => d.date === day)
    .sort((a, b) => (a.takenAt ?? a.time ?? '').localeCompare(b.takenAt ?? b.time ?? ''))
    .map((d) => {
      const med = byId.get(d.medicationId);
      const name = med?.name ?? 'A medication no longer in your list';
      const slot = d.time === null ? `as needed${d.amount !== null && med ? `, ${d.amount} ${med.unit}` : ''}` : `${formatTime(d.time, locale)} dose`;
      const what =
        d.status === 'taken'
          ? `taken${d.takenAt ? ` at ${formatTime(d.takenAt, locale)}` : ''}`
          : `skipped${d.reason ? ` (${d.reason})` : ''}`;
      return { id: d.id, text: `${name}, ${slot}: ${what}` };
    });
}

/** "CBT session, attended" and the day's appointments ("Medication review at 3:30 PM"). */
export function therapyLines(
  day: string,
  sessions: readonly TherapySession[],
  appointments: readonly TherapyAppointment[],
  locale?: string,
): DayLine[] {
  const s = sessions
    .filter((x) => x.date === day)
    .map((x) => ({ id: x.id, text: `${MODALITY_LABELS[x.modality]} session, ${x.attended ? 'attended' : 'not attended'}` }));
  const a = appointments
    .filter((x) => x.date === day)
    .map((x) => ({ id: x.id, text: `${APPOINTMENT_TYPE_LABELS[x.type]}${x.time ? ` at ${formatTime(x.time, locale)}` : ''}` }));
  return [...s, ...a];
}
