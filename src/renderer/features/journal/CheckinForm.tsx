import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { checkinIdFor, NOTE_MAX, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { longDay } from '../../../shared/journal/days';
import { localDay } from '../../../shared/local-date';
import { growingList, STARTER_COPING, STARTER_TRIGGERS } from '../../../shared/journal/lists';
import { checkCheckin } from '../../../shared/journal/validate';
import { useRecords } from '../../db/useRecords';
import { PrivateForm } from '../../ui/PrivateForm';
import { useVault } from '../vault/vault-context';
import { blankCheckin, checkinFrom, fieldsOf, type CheckinFields } from './checkin-fields';
import { ChoiceList } from './ChoiceList';
import { NumberField } from './NumberField';

interface Props {
  day: string;
  onSaved: (day: string) => void;
  onCancel: () => void;
  /** The first field, focused when the dialog opens. */
  firstFieldRef: Ref<HTMLInputElement>;
}

type NumberKey = 'mood' | 'anxiety' | 'energy' | 'irritability' | 'sleepHours' | 'sleepQuality';

const ratings: { key: NumberKey; label: string; hint: string; min: number; max: number; step?: number }[] = [
  { key: 'mood', label: 'Mood', hint: '0 lowest – 10 best', min: 0, max: 10 },
  { key: 'anxiety', label: 'Anxiety', hint: '0 none – 10 most', min: 0, max: 10 },
  { key: 'energy', label: 'Energy', hint: '0 none – 10 most', min: 0, max: 10 },
  { key: 'irritability', label: 'Irritability', hint: '0 none – 10 most', min: 0, max: 10 },
  { key: 'sleepHours', label: 'Sleep (hours)', hint: '0–24, quarter hours', min: 0, max: 24, step: 0.25 },
  { key: 'sleepQuality', label: 'Sleep quality', hint: '1 poor – 5 good', min: 1, max: 5 },
];

/** The 30-second daily check-in: type a number, Tab, … Enter saves from any field but the note. */
export function CheckinForm({ day, onSaved, onCancel, firstFieldRef }: Props) {
  const { repository } = useVault();
  const checkins = useRecords('journal.checkin');
  const byId = useMemo(() => new Map(checkins.map((c) => [c.id, c])), [checkins]);
  const [fields, setFields] = useState<CheckinFields>(() => {
    const existing = byId.get(checkinIdFor(day));
    return existing ? fieldsOf(existing) : blankCheckin(day);
  });
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const existing: JournalCheckin | undefined = byId.get(checkinIdFor(fields.day));
  const triggerOptions = useMemo(() => growingList(STARTER_TRIGGERS, checkins.map((c) => c.triggers)), [checkins]);
  const copingOptions = useMemo(() => growingList(STARTER_COPING, checkins.map((c) => c.coping)), [checkins]);
  const today = localDay(new Date());

  // Messages show under their field, so they are seen wherever the dialog is scrolled.
  const placed = ['mood', 'anxiety', 'energy', 'irritability', 'sleepHours', 'sleepQuality', 'tags', 'note', 'date'];
  const errorFor = (field: string) => (problem?.field === field ? problem.message : '');
  const describedBy = (field: string, hint?: string) =>
    [errorFor(field) ? `checkin-${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: string) =>
    errorFor(field) ? (
      <span id={`checkin-${field}-error`} role="alert" className="error field-error">
        {errorFor(field)}
      </span>
    ) : null;

  const set = <K extends keyof CheckinFields>(key: K, value: CheckinFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setProblem(null);
  };

  // Picking a day that already has a check-in edits that one: one check-in per day.
  const changeDay = (next: string) => {
    const other = byId.get(checkinIdFor(next));
    setFields((f) => (other ? fieldsOf(other) : { ...f, day: next }));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkCheckin(checkinFrom(fields, existing, new Date().toISOString()), localDay(new Date()));
    if (!checked.ok) {
      setProblem(checked);
      formRef.current?.querySelector<HTMLElement>(`[name="${checked.field}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await repository.save([checked.value]);
      onSaved(checked.value.date);
    } catch (e) {
      setProblem({ field: '', message: (e as Error).message });
      setBusy(false);
    }
  };

  // Text and number fields submit on Enter natively; checkboxes do not, and the
  // note keeps Enter for new lines, so Ctrl/Cmd+Enter saves from there.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const target = event.target;
    const submitHere =
      (target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey)) ||
      (target instanceof HTMLInputElement && target.type === 'checkbox');
    if (!submitHere) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  };

  return (
    <PrivateForm ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate className="checkin-form" aria-labelledby="checkin-title">
      <h2 id="checkin-title">Check-in for {longDay(fields.day)}</h2>
      <p className="muted" role="status">
        {existing ? 'You checked in on this day already; saving updates it.' : 'Leave anything blank that you would rather not rate.'}
      </p>
      <div className="ratings">
        {ratings.map(({ key, ...r }, i) => (
          <NumberField
            key={key}
            id={`checkin-${key}`}
            name={key}
            {...r}
            value={fields[key]}
            onChange={(v) => set(key, v)}
            error={errorFor(key)}
            inputRef={i === 0 ? firstFieldRef : undefined}
          />
        ))}
      </div>
      <ChoiceList id="checkin-triggers" legend="Triggers" noun="trigger" options={triggerOptions} chosen={fields.triggers} onChange={(v) => set('triggers', v)} />
      <ChoiceList id="checkin-coping" legend="Coping skills used" noun="coping skill" options={copingOptions} chosen={fields.coping} onChange={(v) => set('coping', v)} />
      <label htmlFor="checkin-tags">Tags (comma-separated)</label>
      <input id="checkin-tags" name="tags" value={fields.tags} onChange={(e) => set('tags', e.target.value)} aria-invalid={errorFor('tags') ? true : undefined} aria-describedby={describedBy('tags')} />
      {fieldError('tags')}
      <label htmlFor="checkin-note">Note (optional)</label>
      <textarea
        id="checkin-note"
        name="note"
        rows={3}
        value={fields.note}
        onChange={(e) => set('note', e.target.value)}
        aria-describedby={describedBy('note', 'checkin-note-hint')}
        aria-invalid={errorFor('note') ? true : undefined}
      />
      {fieldError('note')}
      <span id="checkin-note-hint" className="hint">
        {fields.note.length.toLocaleString('en')} / {NOTE_MAX.toLocaleString('en')} characters · Ctrl+Enter saves
      </span>
      <label htmlFor="checkin-day">Day</label>
      <input id="checkin-day" name="date" type="date" max={today} value={fields.day} onChange={(e) => changeDay(e.target.value)} aria-invalid={errorFor('date') ? true : undefined} aria-describedby={describedBy('date')} />
      {fieldError('date')}
      <p role="alert" className="error">
        {problem && !placed.includes(problem.field) ? problem.message : ''}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save check-in
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </PrivateForm>
  );
}
