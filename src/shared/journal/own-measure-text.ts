import type { JournalCheckin } from '../domain/journal-checkin';
import { ownValueText, type JournalMeasure } from '../domain/own-measure';

export interface OwnMeasureLine {
  id: string;
  /** The measure's name, with "(removed)" once it is archived so a past value still says what it was. */
  label: string;
  value: string;
}

/**
 * The own measures a check-in holds, named and with their units, in the
 * order the measures were added. A value whose definition is missing (a
 * backup restored without it) still shows, under a plain name.
 */
export function ownMeasureLines(checkin: JournalCheckin, measures: readonly JournalMeasure[]): OwnMeasureLine[] {
  const custom = checkin.custom ?? {};
  const byId = new Map(measures.map((m) => [m.id, m]));
  const known = [...measures].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).filter((m) => custom[m.id] !== undefined);
  const lines = known.map((m) => ({ id: m.id, label: m.archivedAt ? `${m.name} (removed)` : m.name, value: ownValueText(m, custom[m.id]!) }));
  for (const [id, value] of Object.entries(custom)) {
    if (!byId.has(id)) lines.push({ id, label: 'A measure no longer defined', value: typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value) });
  }
  return lines;
}

/**
 * The words of a check-in's own measures, for any search to index (the
 * journal's and the app-wide one): "brain zaps 3/10 exercised yes".
 */
export const ownMeasureText = (checkin: JournalCheckin, measures: readonly JournalMeasure[]): string =>
  ownMeasureLines(checkin, measures)
    .map((l) => `${l.label} ${l.value}`)
    .join('\n');
