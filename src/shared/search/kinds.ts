import type { RecordKind, RecordOf } from '../domain';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { APPOINTMENT_TYPE_LABELS } from '../domain/therapy';
import { ownMeasureLines } from '../journal/own-measure-text';
import { markdownToPlain } from '../journal/plain-text';
import { formatDate } from '../time/format';

/** One searchable piece of a record: what the person wrote, and what it is called. */
export interface SearchField {
  label: string;
  text: string;
}

/**
 * How one kind of record is searched and shown: the words it holds, the line
 * that names a result, and the address that opens it. Every page that shows
 * such a record marks its card with `data-record-id` and honours `?open=<id>`.
 */
export interface SearchableKind<K extends RecordKind> {
  /** The group's id, stable for tests and the DOM. */
  group: string;
  kind: K;
  /** The group's heading in the results. */
  heading: string;
  date: (record: RecordOf<K>) => string;
  /** The result's first line. */
  title: (record: RecordOf<K>) => string;
  /** The words to match; `read` gives the records of the kinds named in `uses`. */
  fields: (record: RecordOf<K>, read: <U extends RecordKind>(kind: U) => readonly RecordOf<U>[]) => SearchField[];
  /** Other kinds the fields read: when they change, this kind is indexed afresh. */
  uses?: readonly RecordKind[];
  open: (record: RecordOf<K>) => string;
}

export type AnySearchableKind = { [K in RecordKind]: SearchableKind<K> }[RecordKind];

const row = <K extends RecordKind>(kind: SearchableKind<K>) => kind as unknown as AnySearchableKind;
const on = (label: string, text: string | undefined): SearchField[] => (text?.trim() ? [{ label, text }] : []);
const withOpen = (path: string, id: string) => `${path}${path.includes('?') ? '&' : '?'}open=${encodeURIComponent(id)}`;

/** A check-in's own measures, named as the person named them: "brain zaps 3/10". */
const ownMeasureFields = (checkin: JournalCheckin, measures: readonly JournalMeasure[]): SearchField[] =>
  ownMeasureLines(checkin, measures).map((line) => ({ label: line.label, text: `${line.label}: ${line.value}` }));

/** Everything "Search everything" looks through, in the order the groups are shown. */
export const SEARCHABLE_KINDS: readonly AnySearchableKind[] = [
  row({
    group: 'entries',
    kind: 'journal.entry',
    heading: 'Journal entries',
    date: (e) => e.date,
    title: (e) => e.title.trim() || `Entry, ${formatDate(e.date)}`,
    fields: (e) => [...on('Title', e.title), ...on('Entry', markdownToPlain(e.body)), ...on('Tags', e.tags.join(', '))],
    open: (e) => withOpen(`/journal?day=${e.date}`, e.id),
  }),
  row({
    group: 'checkins',
    kind: 'journal.checkin',
    heading: 'Check-in notes',
    date: (c) => c.date,
    title: (c) => `Check-in, ${formatDate(c.date)}`,
    fields: (c, read) => [...on('Note', c.note), ...ownMeasureFields(c, read('journal.measure'))],
    uses: ['journal.measure'],
    open: (c) => withOpen(`/journal?day=${c.date}`, c.id),
  }),
  row({
    group: 'sessions',
    kind: 'therapy.session',
    heading: 'Therapy sessions',
    date: (s) => s.date,
    title: (s) => `Session, ${formatDate(s.date)}`,
    fields: (s) => [...on('Notes', s.notes), ...on('Takeaways', s.takeaways), ...on('Homework', s.homework)],
    open: (s) => withOpen('/therapy?tab=sessions', s.id),
  }),
  row({
    group: 'thoughts',
    kind: 'therapy.thoughtRecord',
    heading: 'Thought records',
    date: (r) => r.date,
    title: (r) => `Thought record, ${formatDate(r.date)}`,
    fields: (r) => [
      ...on('Situation', r.situation),
      ...on('Moods', (r.moods?.map((m) => m.name) ?? [r.emotion ?? '']).join(', ')),
      ...on('Automatic thoughts', (r.thoughts?.map((t) => t.text) ?? [r.automaticThought ?? '']).join(' · ')),
      ...on('Evidence for', r.evidenceFor),
      ...on('Evidence against', r.evidenceAgainst),
      ...on('Balanced thought', r.balancedThought),
    ],
    open: (r) => withOpen('/therapy?tab=homework', r.id),
  }),
  row({
    group: 'effects',
    kind: 'med.sideEffect',
    heading: 'Side effects',
    date: (e) => e.date,
    title: (e) => `${e.symptom}, from ${formatDate(e.date)}`,
    fields: (e) => [...on('Symptom', e.symptom), ...on('Note', e.note)],
    open: (e) => withOpen('/medications?tab=effects', e.id),
  }),
  row({
    group: 'appointments',
    kind: 'therapy.appointment',
    heading: 'Appointment questions',
    date: (a) => a.date,
    title: (a) => `${APPOINTMENT_TYPE_LABELS[a.type]}, ${formatDate(a.date)}`,
    fields: (a) => [...on('Questions', a.questions.map((q) => q.text).join(' · ')), ...on('Decided', a.decisions)],
    open: (a) => withOpen('/therapy?tab=appointments', a.id),
  }),
];
