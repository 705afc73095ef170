import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import { DRAFT_ID, type JournalDraft, type JournalEntry } from '../../../shared/domain/journal';
import { localDay } from '../../../shared/local-date';
import { stampNow } from '../../db/record-stamp';
import { useRecordActions } from '../../db/useRecordActions';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { keepTypedSince } from '../../ui/clear-saved';
import { blankEntry, draftFrom, entryOf, fieldsOfDraft, fieldsOfEntry, isBlank, sameDraft, type EntryFields } from './entry-fields';
import { ENTRY_FIELD_ORDER, entryFormSchema, type EntryValues } from './entry-form-schema';

/** Typing pauses this long before the draft is sealed and written. */
export const DRAFT_DELAY_MS = 1000;

export type EntryFieldName = (typeof ENTRY_FIELD_ORDER)[number];

export interface EntryFormState {
  form: UseFormReturn<EntryFields, unknown, EntryValues>;
  fields: EntryFields;
  change: (change: Partial<EntryFields>) => void;
  /** The message for one field (a tag's problem is the tags field's), from the schema via the zod resolver. */
  errorFor: (field: EntryFieldName) => string | undefined;
  /** A message that belongs to no one field: a failed save, or an edit refused. */
  formProblem: string;
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
  /** When the editor closes: an edit left exactly as stored is let go, so no draft of it stays behind. */
  letGoUntouchedEdit: () => Promise<void>;
}

/** A field's message, or the first nested one (the tags field's problem is one tag's). */
function messageIn(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const own = (error as { message?: unknown }).message;
  if (typeof own === 'string' && own) return own;
  for (const inner of Object.values(error)) {
    const found = messageIn(inner);
    if (found) return found;
  }
  return undefined;
}

const firstField = (errors: FieldErrors<EntryFields>): string => ENTRY_FIELD_ORDER.find((f) => errors[f]) ?? '';

// "Today" is read when the form is checked, not when it was opened (a page left open past midnight).
const resolver: Resolver<EntryFields, unknown, EntryValues> = (values, context, options) =>
  zodResolver(entryFormSchema(localDay(new Date())))(values, context, options);

/**
 * The entry form (react-hook-form with the zod resolver) and its draft. The
 * form lives with the page, not the editor dialog, so closing the dialog keeps
 * what was typed. The draft is a `journal.draft` record saved through the
 * repository (so encrypted) a second after typing stops, flushed when the
 * vault locks or the page closes, and deleted once saved.
 */
export function useEntryForm(): EntryFormState {
  const { repository, beforeLock } = useVault();
  const actions = useRecordActions();
  const draftSavedAt = useRecords('journal.draft')[0]?.updatedAt;
  const [initialDraft] = useState(() => repository.store.get(DRAFT_ID) as JournalDraft | undefined);
  const form = useForm<EntryFields, unknown, EntryValues>({
    resolver,
    defaultValues: initialDraft ? fieldsOfDraft(initialDraft) : blankEntry(),
    // Messages change on the next save (or go as the field is typed in, below): checking a 200,000-character body on every key is not free.
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const fields = useWatch({ control: form.control }) as EntryFields;
  const [restored, setRestored] = useState(initialDraft !== undefined);
  const [refused, setRefused] = useState('');
  const pending = useRef<EntryFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Draft writes run one after another, and dropping the draft waits for the one under way:
  // otherwise a write that started before an edit was let go lands after it and leaves a stray draft.
  const writing = useRef<Promise<void>>(Promise.resolve());
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (!next) return writing.current;
    writing.current = writing.current.then(async () => {
      const stored = repository.store.get(DRAFT_ID) as JournalDraft | undefined;
      try {
        if (isBlank(next)) {
          if (stored) await repository.remove([DRAFT_ID]);
        } else if (!sameDraft(next, stored)) {
          await repository.save([draftFrom(next, stored, stampNow())]);
        }
      } catch {
        // A draft that cannot be kept (locked meanwhile, or over the size limit)
        // is still in the form; saving the entry reports the reason.
      }
    });
    return writing.current;
  }, [repository]);

  useEffect(() => {
    pending.current = fields;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DRAFT_DELAY_MS);
  }, [fields, flush]);

  useEffect(() => beforeLock?.(flush), [beforeLock, flush]);
  // Leaving the journal page keeps what was typed, too.
  useEffect(() => () => void flush(), [flush]);

  const { setValue, clearErrors, getValues, reset, handleSubmit } = form;
  const change = useCallback(
    (c: Partial<EntryFields>) => {
      for (const [key, value] of Object.entries(c) as [keyof EntryFields, EntryFields[keyof EntryFields]][]) {
        setValue(key, value, { shouldDirty: true });
        // A field's message goes as soon as that field is changed.
        clearErrors(key);
      }
      setRefused('');
    },
    [setValue, clearErrors],
  );

  const dropDraft = async () => {
    clearTimeout(timer.current);
    pending.current = null;
    await writing.current;
    if (repository.store.get(DRAFT_ID)) await repository.remove([DRAFT_ID]);
  };

  const submit = async (): Promise<{ saved: true } | { saved: false; field: string }> => {
    setRefused('');
    // What was typed when Save was pressed: only that leaves the form once saved.
    const saved = getValues();
    let outcome: { saved: true } | { saved: false; field: string } = { saved: false, field: '' };
    await handleSubmit(
      async (values) => {
        // A draft write under way lands before the entry, never after it (it would bring the draft back).
        clearTimeout(timer.current);
        pending.current = null;
        await writing.current;
        const existing = values.entryId ? (repository.store.get(values.entryId) as JournalEntry | undefined) : undefined;
        // The entry and the end of its draft in one write: a lock pressed the moment the entry shows cannot keep the draft.
        if (!(await actions.save([entryOf(values, existing), ...repository.tombstonesFor([DRAFT_ID])]))) {
          // Not saved: what is in the form is still kept as the draft.
          pending.current = getValues();
          timer.current = setTimeout(() => void flush(), DRAFT_DELAY_MS);
          return;
        }
        reset(keepTypedSince(getValues(), saved, blankEntry()));
        setRestored(false);
        outcome = { saved: true };
      },
      (errors) => {
        outcome = { saved: false, field: firstField(errors) };
      },
    )();
    return outcome;
  };

  const edit = (entry: JournalEntry) => {
    const current = getValues();
    if (!isBlank(current) && current.entryId !== entry.id) {
      setRefused('Save or discard what you are writing before editing another entry.');
      return false;
    }
    reset(fieldsOfEntry(entry));
    setRefused('');
    actions.setError('');
    return true;
  };

  const discard = async () => {
    reset(blankEntry());
    setRefused('');
    actions.setError('');
    setRestored(false);
    await dropDraft().catch((e: Error) => setRefused(e.message));
  };

  const letGoUntouchedEdit = async () => {
    const current = getValues();
    const stored = current.entryId ? (repository.store.get(current.entryId) as JournalEntry | undefined) : undefined;
    if (!stored) return;
    const asStored = fieldsOfEntry(stored);
    if ((Object.keys(asStored) as (keyof EntryFields)[]).every((key) => asStored[key] === current[key])) await discard();
  };

  // Read here, while rendering, so react-hook-form's formState proxy re-renders the page when they change.
  const { errors, isSubmitting } = form.formState;
  const errorFor = (field: EntryFieldName) => messageIn(errors[field]);

  return {
    form,
    fields,
    change,
    errorFor,
    formProblem: refused || actions.error,
    restored,
    draftSavedAt,
    busy: actions.busy || isSubmitting,
    submit,
    edit,
    discard,
    letGoUntouchedEdit,
  };
}
