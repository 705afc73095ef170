import { useCallback, useEffect, useRef, useState } from 'react';
import { DRAFT_ID, type JournalDraft, type JournalEntry } from '../../../shared/domain/journal';
import { localDay } from '../../../shared/local-date';
import { checkEntry } from '../../../shared/journal/validate';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { keepTypedSince } from '../../ui/clear-saved';
import { blankEntry, draftFrom, entryFrom, fieldsOfDraft, fieldsOfEntry, isBlank, sameDraft, type EntryFields } from './entry-fields';

/** Typing pauses this long before the draft is sealed and written. */
export const DRAFT_DELAY_MS = 1000;

export interface EntryFormState {
  fields: EntryFields;
  change: (change: Partial<EntryFields>) => void;
  problem: { field: string; message: string } | null;
  /** A draft from an earlier session was put back into the form. */
  restored: boolean;
  /** When the draft was last sealed and written, if one is kept. */
  draftSavedAt: string | undefined;
  busy: boolean;
  /** Saves; when refused, says which field to focus (empty for a storage error). */
  submit: () => Promise<{ saved: true } | { saved: false; field: string }>;
  /** Loads an entry for editing; refuses (with a message) while other unsaved text is in the form. */
  edit: (entry: JournalEntry) => boolean;
  discard: () => Promise<void>;
}

/**
 * The entry form's state and its draft. The draft is a `journal.draft` record
 * saved through the repository (so encrypted) a second after typing stops,
 * flushed when the vault locks or the page closes, and deleted once saved.
 */
export function useEntryForm(): EntryFormState {
  const { repository, beforeLock } = useVault();
  const draftSavedAt = useRecords('journal.draft')[0]?.updatedAt;
  const storedDraft = () => repository.store.get(DRAFT_ID) as JournalDraft | undefined;
  const [initialDraft] = useState(storedDraft);
  const [fields, setFields] = useState<EntryFields>(() => (initialDraft ? fieldsOfDraft(initialDraft) : blankEntry()));
  const [restored, setRestored] = useState(initialDraft !== undefined);
  const [problem, setProblem] = useState<EntryFormState['problem']>(null);
  const [busy, setBusy] = useState(false);
  const pending = useRef<EntryFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    const stored = repository.store.get(DRAFT_ID) as JournalDraft | undefined;
    try {
      if (isBlank(next)) {
        if (stored) await repository.remove([DRAFT_ID]);
      } else if (!sameDraft(next, stored)) {
        await repository.save([draftFrom(next, stored, new Date().toISOString())]);
      }
    } catch {
      // A draft that cannot be kept (locked meanwhile, or over the size limit)
      // is still in the form; saving the entry reports the reason.
    }
  }, [repository]);

  useEffect(() => {
    pending.current = fields;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DRAFT_DELAY_MS);
  }, [fields, flush]);

  useEffect(() => beforeLock?.(flush), [beforeLock, flush]);
  // Leaving the journal page keeps what was typed, too.
  useEffect(() => () => void flush(), [flush]);

  const change = useCallback((c: Partial<EntryFields>) => setFields((f) => ({ ...f, ...c })), []);

  const dropDraft = async () => {
    clearTimeout(timer.current);
    pending.current = null;
    if (repository.store.get(DRAFT_ID)) await repository.remove([DRAFT_ID]);
  };

  const submit = async (): Promise<{ saved: true } | { saved: false; field: string }> => {
    const existing = fields.entryId ? (repository.store.get(fields.entryId) as JournalEntry | undefined) : undefined;
    const checked = checkEntry(entryFrom(fields, existing, new Date().toISOString()), localDay(new Date()));
    if (!checked.ok) {
      setProblem(checked);
      return { saved: false, field: checked.field };
    }
    setBusy(true);
    try {
      await repository.save([checked.value]);
    } catch (e) {
      setProblem({ field: '', message: (e as Error).message });
      setBusy(false);
      return { saved: false, field: '' };
    }
    clearTimeout(timer.current);
    pending.current = null;
    // Only what was saved leaves the form: words typed while the save ran stay for the next entry.
    const saved = fields;
    setFields((current) => keepTypedSince(current, saved, blankEntry()));
    setProblem(null);
    setRestored(false);
    setBusy(false);
    await dropDraft().catch(() => {});
    return { saved: true };
  };

  const edit = (entry: JournalEntry) => {
    if (!isBlank(fields) && fields.entryId !== entry.id) {
      setProblem({ field: '', message: 'Save or discard what you are writing before editing another entry.' });
      return false;
    }
    setFields(fieldsOfEntry(entry));
    setProblem(null);
    return true;
  };

  const discard = async () => {
    setFields(blankEntry());
    setProblem(null);
    setRestored(false);
    await dropDraft().catch((e: Error) => setProblem({ field: '', message: e.message }));
  };

  return { fields, change, problem, restored, draftSavedAt, busy, submit, edit, discard };
}
