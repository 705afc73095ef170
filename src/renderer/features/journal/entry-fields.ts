import { DRAFT_ID, type JournalDraft, type JournalEntry } from '../../../shared/domain/journal';
import { localDay, localTime } from '../../../shared/local-date';
import { formatTags } from '../../../shared/journal/tags';
import { recordStamp } from '../../db/record-stamp';
import type { EntryValues } from './entry-form-schema';

/** The entry form as typed; also exactly what a draft keeps. */
export interface EntryFields {
  entryId?: string;
  title: string;
  body: string;
  day: string;
  time: string;
  tags: string;
  mood: string;
  shareWithProvider: boolean;
}

export const blankEntry = (now = new Date()): EntryFields => ({
  title: '',
  body: '',
  day: localDay(now),
  time: localTime(now),
  tags: '',
  mood: '',
  shareWithProvider: false,
});

/** Nothing worth keeping as a draft: no words typed and not editing an entry. */
export const isBlank = (f: EntryFields): boolean =>
  !f.entryId && !f.title.trim() && !f.body.trim() && !f.tags.trim();

export const fieldsOfEntry = (e: JournalEntry): EntryFields => ({
  entryId: e.id,
  title: e.title,
  body: e.body,
  day: e.date,
  time: e.time,
  tags: formatTags(e.tags),
  mood: e.mood === undefined ? '' : String(e.mood),
  shareWithProvider: e.shareWithProvider,
});

export const fieldsOfDraft = (d: JournalDraft): EntryFields => ({
  entryId: d.entryId,
  title: d.title,
  body: d.body,
  day: d.day,
  time: d.time,
  tags: d.tags,
  mood: d.mood,
  shareWithProvider: d.shareWithProvider,
});

export function draftFrom(f: EntryFields, previous: JournalDraft | undefined, now: string): JournalDraft {
  return {
    kind: 'journal.draft',
    id: DRAFT_ID,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    ...(f.entryId ? { entryId: f.entryId } : {}),
    title: f.title,
    body: f.body,
    day: f.day,
    time: f.time,
    tags: f.tags,
    mood: f.mood,
    shareWithProvider: f.shareWithProvider,
  };
}

export const sameDraft = (f: EntryFields, d: JournalDraft | undefined): boolean =>
  d !== undefined && JSON.stringify(fieldsOfDraft(d)) === JSON.stringify(fieldsOfDraft(draftFrom(f, d, d.updatedAt)));

/**
 * The checked form values as an entry record. Ids and timestamps come from
 * the one stamp (db/record-stamp): an edit keeps its id, createdAt and where
 * it was imported from.
 */
export function entryOf(values: EntryValues, existing: JournalEntry | undefined): JournalEntry {
  return {
    kind: 'journal.entry',
    ...recordStamp(existing),
    date: values.day,
    time: values.time,
    title: values.title,
    body: values.body,
    tags: values.tags,
    ...(values.mood === undefined ? {} : { mood: values.mood }),
    shareWithProvider: values.shareWithProvider,
    ...(existing?.import ? { import: existing.import } : {}),
  };
}
