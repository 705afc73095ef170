import { useMemo, useState, type FormEvent } from 'react';
import type { TherapyPractice } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { PrivateForm } from '../../../ui/PrivateForm';
import { CardActions, DateField, ErrorLine, NumberField, TextArea, TextField } from '../fields';
import { formatDay, numberOrUndefined, recordMeta, today } from '../format';
import { usePaged } from '../Paged';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearIfSaved } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';

function PracticeForm() {
  const { save, error, busy } = useRecordActions();
  const [date, setDate] = useState(today());
  const [what, setWhat] = useState('');
  const [minutes, setMinutes] = useState('');
  const [howItWent, setHowItWent] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const practice: TherapyPractice = {
      kind: 'therapy.practice',
      ...recordMeta(),
      date,
      what: what.trim(),
      minutes: numberOrUndefined(minutes) as number,
      howItWent,
    };
    if (await save([practice])) {
      clearIfSaved(setWhat, what, '');
      clearIfSaved(setMinutes, minutes, '');
      clearIfSaved(setHowItWent, howItWent, '');
    }
  };

  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label="Log a practice">
      <h3>Log a practice</h3>
      <div className="th-field-row">
        <TextField label="What you practised" value={what} onChange={setWhat} hint="For example: box breathing, a values exercise, a behavioural experiment." />
        <NumberField label="Minutes" min={1} max={1440} value={minutes} onChange={setMinutes} />
        <DateField label="Date" value={date} onChange={setDate} />
      </div>
      <TextArea label="How it went" value={howItWent} onChange={setHowItWent} rows={2} />
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" isDisabled={busy}>
        Log practice
      </Button>
    </PrivateForm>
  );
}

export function PracticeLog() {
  const practices = useRecords('therapy.practice');
  const { remove, error } = useRecordActions();
  const newestFirst = useMemo(() => [...practices].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [practices]);
  const { page, pager } = usePaged(newestFirst, 'Practice log');

  return (
    <>
      <PracticeForm />
      <h3>Practice log</h3>
      <ErrorLine error={error} />
      {newestFirst.length === 0 ? (
        <p className="muted">Nothing logged yet. Any skill you practise between sessions can go here.</p>
      ) : (
        <ul className="th-record-list" aria-label="Practice log">
          {page.map((p) => {
            const label = `${p.what}, ${formatDay(p.date)}`;
            return (
              <li key={p.id}>
                <article className="th-record-card" aria-label={label}>
                  <header>
                    <h4 className="th-plain-text">{p.what}</h4>
                    <span className="muted">
                      {formatDay(p.date)} · {p.minutes} min
                    </span>
                  </header>
                  {p.howItWent ? <p className="th-plain-text">{p.howItWent}</p> : null}
                  <CardActions label={`${label}`} onDelete={() => void remove([p.id], 'Practice deleted.')} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {pager}
    </>
  );
}
