import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_BODY } from '../../../shared/domain/journal';
import { localDay, localTime } from '../../../shared/local-date';
import { PrivateForm } from '../../ui/PrivateForm';
import { pasteWithin } from '../../ui/paste-limit';
import type { EntryFormState } from './useEntryForm';

const fieldIds: Record<string, string> = {
  title: 'entry-title',
  body: 'entry-body',
  date: 'entry-day',
  time: 'entry-time',
  tags: 'entry-tags',
  mood: 'entry-mood',
};

/** New entry or edit; the state (and its encrypted draft) lives in useEntryForm. */
export function EntryForm({ form }: { form: EntryFormState }) {
  const { fields, change, problem, restored, draftSavedAt, busy } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const editing = fields.entryId !== undefined;
  // A refused paste's message; it goes as soon as the person types or saves again.
  const [pasteRefused, setPasteRefused] = useState('');
  const invalid = (field: string) => problem?.field === field || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setPasteRefused('');
    const result = await form.submit();
    const focusId = result.saved ? 'entry-title' : fieldIds[result.field];
    if (focusId) document.getElementById(focusId)?.focus();
  };

  // In the body, Ctrl/Cmd+Enter saves; plain Enter is a new line.
  const onBodyKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  return (
    <PrivateForm ref={formRef} className="entry-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="entry-form-title">
      <h2 id="entry-form-title">{editing ? 'Edit entry' : 'New entry'}</h2>
      {restored && (
        <p role="status" className="draft-note">
          Your unsaved draft was kept and is back in the form.
        </p>
      )}
      <label htmlFor="entry-title">Title (optional)</label>
      <input id="entry-title" value={fields.title} maxLength={200} onChange={(e) => change({ title: e.target.value })} aria-invalid={invalid('title')} />
      <label htmlFor="entry-body">Entry</label>
      <textarea
        id="entry-body"
        rows={7}
        value={fields.body}
        onChange={(e) => {
          setPasteRefused('');
          change({ body: e.target.value });
        }}
        onPaste={pasteWithin(MAX_BODY, setPasteRefused)}
        onKeyDown={onBodyKey}
        aria-describedby="entry-body-hint"
        aria-invalid={invalid('body')}
      />
      <span id="entry-body-hint" className="hint">
        Markdown works (**bold**, _italic_, lists). HTML is shown as typed; links are not opened. Ctrl+Enter saves.
      </span>
      <div className="field-row">
        <div>
          <label htmlFor="entry-day">Date</label>
          <input id="entry-day" type="date" max={localDay(new Date())} value={fields.day} onChange={(e) => change({ day: e.target.value })} aria-invalid={invalid('date')} />
        </div>
        <div>
          <label htmlFor="entry-time">Time</label>
          <input id="entry-time" type="time" value={fields.time} onChange={(e) => change({ time: e.target.value })} aria-invalid={invalid('time')} />
        </div>
        <div>
          <label htmlFor="entry-mood">Mood at the time (optional)</label>
          <input
            id="entry-mood"
            type="number"
            min={0}
            max={10}
            inputMode="numeric"
            value={fields.mood}
            onChange={(e) => change({ mood: e.target.value })}
            aria-describedby="entry-mood-hint"
            aria-invalid={invalid('mood')}
          />
          <span id="entry-mood-hint" className="hint">
            0 lowest – 10 best
          </span>
        </div>
      </div>
      <label htmlFor="entry-tags">Tags (comma-separated)</label>
      <input id="entry-tags" value={fields.tags} onChange={(e) => change({ tags: e.target.value })} aria-invalid={invalid('tags')} />
      <label className="checkbox" htmlFor="entry-share">
        <input id="entry-share" type="checkbox" checked={fields.shareWithProvider} onChange={(e) => change({ shareWithProvider: e.target.checked })} />
        Share with my provider
      </label>
      <span className="hint">Only entries marked to share can appear in the appointment summary.</span>
      <p role="alert" className="error">
        {pasteRefused || problem?.message}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {editing ? 'Save changes' : 'Save entry'}
        </button>
        {(editing || restored || draftSavedAt) && (
          <button type="button" onClick={() => void form.discard()}>
            {editing ? 'Cancel editing' : 'Discard draft'}
          </button>
        )}
        {draftSavedAt && (
          // Not a live region: it changes after every pause in typing.
          <span className="hint draft-saved">Draft kept, encrypted, at {localTime(new Date(draftSavedAt))}</span>
        )}
      </div>
    </PrivateForm>
  );
}
