import { startTransition, useOptimistic, useState, type FormEvent } from 'react';
import { APPOINTMENT_TYPE_LABELS, type AppointmentQuestion, type TherapyAppointment } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { ErrorLine, TextArea, TextField } from '../fields';
import { formatTime } from '../../../../shared/time/format';
import { formatDay } from '../format';
import { useProviderLabel } from '../providers/ProviderSelect';
import { useRecordActions, type RecordActions } from '../../../db/useRecordActions';
import { newId } from '../../../db/record-stamp';
import { clearIfSaved } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';

export const appointmentTitle = (a: TherapyAppointment, providerLabel: (id?: string) => string) =>
  `${APPOINTMENT_TYPE_LABELS[a.type]} on ${formatDay(a.date)}${a.time ? ` at ${formatTime(a.time)}` : ''}${a.providerId ? ` with ${providerLabel(a.providerId)}` : ''}`;

function QuestionForm({ appointment, title }: { appointment: TherapyAppointment; title: string }) {
  const { update, error, busy } = useRecordActions();
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const question = { id: newId(), text: text.trim(), asked: false };
    if (await update<'therapy.appointment'>(appointment.id, (a) => ({ ...a, questions: [...a.questions, question] }))) clearIfSaved(setText, text, '');
  };
  return (
    <PrivateForm className="th-inline-form" onSubmit={submit} noValidate aria-label={`Add a question for ${title}`}>
      <div className="th-field-row">
        <TextField label="Question for this visit" value={text} onChange={setText} />
        <Button type="submit" isDisabled={busy}>
          Add question
        </Button>
      </div>
      <ErrorLine error={error} />
    </PrivateForm>
  );
}

function DecisionsForm({ appointment, title }: { appointment: TherapyAppointment; title: string }) {
  const { update, error, busy } = useRecordActions();
  const [decisions, setDecisions] = useState(appointment.decisions);
  const [saved, setSaved] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await update<'therapy.appointment'>(appointment.id, (a) => ({ ...a, decisions }))) setSaved('Saved.');
  };
  return (
    <PrivateForm onSubmit={submit} noValidate aria-label={`What was decided: ${title}`}>
      <TextArea label="After the visit: what was decided" value={decisions} onChange={(v) => {
          setDecisions(v);
          setSaved('');
        }} rows={2} />
      <ErrorLine error={error} />
      <div className="actions">
        <Button type="submit" isDisabled={busy}>
          Save decisions
        </Button>
        <span role="status">{saved}</span>
      </div>
    </PrivateForm>
  );
}

/** The tick shows at once; the saved record catches up when the save ends (and a failed save undoes the tick). */
function QuestionItem({ question, onAsked, onRemove }: { question: AppointmentQuestion; onAsked: (asked: boolean) => Promise<boolean>; onRemove: () => void }) {
  const [asked, setOptimisticAsked] = useOptimistic(question.asked);
  const toggle = (next: boolean) =>
    startTransition(async () => {
      setOptimisticAsked(next);
      await onAsked(next);
    });
  return (
    <li className={asked ? 'th-asked' : undefined}>
      <label className="checkbox">
        <input type="checkbox" checked={asked} onChange={(e) => toggle(e.target.checked)} aria-label={`Asked: ${question.text}`} />
        <span className="th-plain-text">{question.text}</span>
      </label>
      <Button variant="quiet" onPress={onRemove} aria-label={`Remove question: ${question.text}`}>
        Remove
      </Button>
    </li>
  );
}

export function AppointmentCard({ appointment, undoable }: { appointment: TherapyAppointment; undoable: RecordActions }) {
  const providerLabel = useProviderLabel();
  const { update, error } = useRecordActions();
  const title = appointmentTitle(appointment, providerLabel);

  const setAsked = (id: string, asked: boolean) =>
    update<'therapy.appointment'>(appointment.id, (a) => ({ ...a, questions: a.questions.map((q) => (q.id === id ? { ...q, asked } : q)) }));
  const removeQuestion = (id: string) =>
    void undoable.replace<'therapy.appointment'>(appointment.id, (a) => ({ ...a, questions: a.questions.filter((q) => q.id !== id) }), 'Question removed.');

  return (
    <article className="th-record-card" aria-label={title} data-record-id={appointment.id}>
      <header>
        <h4>{title}</h4>
      </header>
      <h5>Questions for this visit</h5>
      {appointment.questions.length === 0 ? (
        <p className="muted">No questions yet. Add them as they come up between visits.</p>
      ) : (
        <ul className="th-questions" aria-label={`Questions for ${title}`}>
          {appointment.questions.map((q) => (
            <QuestionItem key={q.id} question={q} onAsked={(asked) => setAsked(q.id, asked)} onRemove={() => removeQuestion(q.id)} />
          ))}
        </ul>
      )}
      <ErrorLine error={error} />
      <QuestionForm appointment={appointment} title={title} />
      <DecisionsForm appointment={appointment} title={title} />
      <div className="th-card-actions">
        <Button onPress={() => void undoable.remove([appointment.id], 'Appointment deleted.')} aria-label={`Delete ${title}`}>
          Delete appointment
        </Button>
      </div>
    </article>
  );
}
