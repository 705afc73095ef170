import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Controller } from 'react-hook-form';
import { MAX_BODY } from '../../../shared/domain/journal';
import { localDay, localTime } from '../../../shared/local-date';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { DateField, TimeField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { FormMessage } from '../../ui/FormMessage';
import { NumberField } from '../../ui/NumberField';
import { PrivateForm } from '../../ui/PrivateForm';
import { TextField } from '../../ui/TextField';
import { focusField } from '../../ui/focus-field';
import { pasteWithin } from '../../ui/paste-limit';
import type { EntryFieldName, EntryFormState } from './useEntryForm';
import styles from './journal.module.css';
import { cx } from '../../ui/class-names';

/** Each field's input id: a refused save puts the cursor in the field it names; the menu's New Entry finds the body. */
const inputIds: Record<EntryFieldName, string> = {
  title: 'entry-title',
  body: 'entry-body',
  day: 'entry-day',
  time: 'entry-time',
  tags: 'entry-tags',
  mood: 'entry-mood',
};

interface Props {
  form: EntryFormState;
  /** Closes without saving; what was typed stays in the form and its encrypted draft. */
  onClose: () => void;
  onSaved: () => void;
}

/**
 * The entry editor over the timeline (Day One's model). Enter in the title
 * goes on to the body (a title alone is not an entry); Ctrl/Cmd+Enter saves
 * from anywhere in it; Escape or Cancel closes and keeps the draft.
 */
export function EntryEditor({ form, onClose, onSaved }: Props) {
  const { control } = form.form;
  const { errorFor, restored, draftSavedAt, busy, formProblem } = form;
  const editing = form.fields.entryId !== undefined;
  const formRef = useRef<HTMLFormElement>(null);
  // A refused paste's message; it goes as soon as the person types or saves again.
  const [pasteRefused, setPasteRefused] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setPasteRefused('');
    const result = await form.submit();
    if (result.saved) onSaved();
    else focusField(inputIds[result.field as EntryFieldName]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    } else if (target.id === inputIds.title) {
      event.preventDefault();
      focusField(inputIds.body);
    }
  };

  return (
    <Dialog labelledBy="entry-form-title" onClose={onClose} size="wide">
      <PrivateForm ref={formRef} className={styles.entryForm} onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate aria-labelledby="entry-form-title">
        <h2 id="entry-form-title" className="ui-dialog-title">
          {editing ? 'Edit entry' : 'New entry'}
        </h2>
        {restored && (
          <p role="status" className={styles.draftNote}>
            Your unsaved draft was kept and is back in the form.
          </p>
        )}
        <Controller
          control={control}
          name="title"
          render={({ field }) => (
            <TextField
              id={inputIds.title}
              label="Title (optional)"
              maxLength={200}
              value={field.value}
              onChange={(v) => form.change({ title: v })}
              onBlur={field.onBlur}
              errorMessage={errorFor('title')}
              autoFocus={!editing || undefined}
            />
          )}
        />
        <Controller
          control={control}
          name="body"
          render={({ field }) => (
            <TextField
              id={inputIds.body}
              label="Entry"
              multiline
              rows={5}
              className={styles.entryBodyField}
              value={field.value}
              onChange={(v) => {
                setPasteRefused('');
                form.change({ body: v });
              }}
              onBlur={field.onBlur}
              onPaste={pasteWithin(MAX_BODY, setPasteRefused)}
              description="Markdown works (**bold**, _italic_, lists). HTML is shown as typed; links are not opened. Ctrl+Enter saves."
              errorMessage={pasteRefused || errorFor('body')}
              autoFocus={editing || undefined}
            />
          )}
        />
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <TextField
              id={inputIds.tags}
              label="Tags (comma-separated)"
              value={field.value}
              onChange={(v) => form.change({ tags: v })}
              onBlur={field.onBlur}
              errorMessage={errorFor('tags')}
            />
          )}
        />
        <div className={styles.entryDetails}>
          <Controller
            control={control}
            name="day"
            render={({ field }) => (
              <DateField
                id={inputIds.day}
                label="Date"
                max={localDay(new Date())}
                value={field.value}
                onChange={(v) => form.change({ day: v })}
                onBlur={field.onBlur}
                errorMessage={errorFor('day')}
              />
            )}
          />
          <Controller
            control={control}
            name="time"
            render={({ field }) => (
              <TimeField
                id={inputIds.time}
                label="Time"
                value={field.value}
                onChange={(v) => form.change({ time: v })}
                onBlur={field.onBlur}
                errorMessage={errorFor('time')}
              />
            )}
          />
          <Controller
            control={control}
            name="mood"
            render={({ field }) => (
              <NumberField
                id={inputIds.mood}
                label="Mood at the time (optional)"
                description="0 lowest – 10 best"
                value={field.value}
                onChange={(v) => form.change({ mood: v })}
                onBlur={field.onBlur}
                errorMessage={errorFor('mood')}
              />
            )}
          />
        </div>
        <Controller
          control={control}
          name="shareWithProvider"
          render={({ field }) => (
            <Checkbox
              isSelected={field.value}
              onChange={(v) => form.change({ shareWithProvider: v })}
              description="Only entries marked to share can appear in the appointment summary."
            >
              Share with my provider
            </Checkbox>
          )}
        />
        <FormMessage>{formProblem}</FormMessage>
        <div className={cx('ui-dialog-actions', styles.entryActions)}>
          {draftSavedAt && (
            // Not a live region: it changes after every pause in typing.
            <span className={styles.draftSaved}>Draft kept, encrypted, at {localTime(new Date(draftSavedAt))}</span>
          )}
          {(editing || restored || draftSavedAt) && (
            <Button variant="quiet" onPress={() => void form.discard().then(onClose)}>
              {editing ? 'Discard changes' : 'Discard draft'}
            </Button>
          )}
          <Button onPress={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isDisabled={busy}>
            {editing ? 'Save changes' : 'Save entry'}
          </Button>
        </div>
      </PrivateForm>
    </Dialog>
  );
}
