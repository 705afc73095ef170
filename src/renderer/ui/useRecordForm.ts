import type { BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { recordResolver } from './record-form';

interface Options<F extends FieldValues, R> {
  defaultValues: DefaultValues<F>;
  /** A save is under way: a second press does nothing, so one press is one record. */
  busy: boolean;
  /** Stores the record; true when it was stored. */
  onSave: (record: R) => Promise<boolean>;
}

/**
 * A form in a record panel: react-hook-form judged by the record's own schema
 * (recordResolver), and a submit that hands on the parsed record and, once it
 * is stored, keeps what was typed as the form's saved state (so the panel knows
 * nothing is left unsaved, and a failed save leaves every field as typed).
 * `build` is read at each check, so it may close over the open record.
 */
export function useRecordForm<F extends FieldValues, R>(
  record: z.ZodType<R>,
  build: (fields: F) => unknown,
  { defaultValues, busy, onSave }: Options<F, R>,
): UseFormReturn<F, unknown, R> & { submit: (e?: BaseSyntheticEvent) => Promise<void> } {
  // A new resolver each render is cheap, and react-hook-form reads the latest one it is given.
  const form = useForm<F, unknown, R>({ resolver: recordResolver(record, build), defaultValues });
  const submit = form.handleSubmit(async (parsed) => {
    if (busy) return;
    const typed = form.getValues();
    if (await onSave(parsed)) form.reset(typed);
  });
  return { ...form, submit };
}
