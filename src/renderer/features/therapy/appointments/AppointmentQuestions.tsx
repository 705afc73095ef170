import { startTransition, useMemo, useOptimistic } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { appointmentQuestion, type AppointmentQuestion, type TherapyAppointment } from '../../../../shared/domain/therapy';
import { newId } from '../../../db/record-stamp';
import { useRecordActions } from '../../../db/useRecordActions';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { FormMessage } from '../../../ui/FormMessage';
import { PrivateForm } from '../../../ui/PrivateForm';
import { TextField } from '../fields';
import { recordResolver } from '../../../ui/record-form';
import styles from '../therapy.module.css';

interface QuestionFields {
  text: string;
}
const toQuestion = (values: QuestionFields): AppointmentQuestion => ({ id: newId(), text: values.text.trim(), asked: false });

function QuestionForm({ appointment, title, announce }: { appointment: TherapyAppointment; title: string; announce: (message: string) => void }) {
  const { update, error, busy } = useRecordActions();
  const resolver = useMemo(() => recordResolver(appointmentQuestion, toQuestion), []);
  const { control, handleSubmit, reset } = useForm<QuestionFields, unknown, AppointmentQuestion>({ resolver, defaultValues: { text: '' } });
  const submit = handleSubmit(async (question) => {
    if (busy) return;
    if (await update<'therapy.appointment'>(appointment.id, (a) => ({ ...a, questions: [...a.questions, question] }))) {
      reset({ text: '' });
      announce('Question added.');
    }
  });
  return (
    <PrivateForm className={styles.inlineForm} onSubmit={(e) => void submit(e)} noValidate aria-label={`Add a question for ${title}`}>
      <div className={styles.fieldRow}>
        <Controller
          control={control}
          name="text"
          render={({ field, fieldState }) => <TextField label="Question for this visit" inputRef={field.ref} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
        <Button type="submit">Add question</Button>
      </div>
      {error ? <FormMessage>{error}</FormMessage> : null}
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
    <li className={asked ? styles.asked : undefined}>
      <Checkbox isSelected={asked} onChange={toggle} aria-label={`Asked: ${question.text}`}>
        {question.text}
      </Checkbox>
      <Button variant="quiet" onPress={onRemove} aria-label={`Remove question: ${question.text}`}>
        Remove
      </Button>
    </li>
  );
}

/**
 * The questions gathered for a visit, inside its panel: tick the ones asked
 * (they leave the home screen), remove one with Undo, add the next.
 */
export function AppointmentQuestions({ appointment, title, announce }: { appointment: TherapyAppointment; title: string; announce: (message: string) => void }) {
  const { update, replace, error } = useRecordActions();
  const setAsked = (id: string, asked: boolean) =>
    update<'therapy.appointment'>(appointment.id, (a) => ({ ...a, questions: a.questions.map((q) => (q.id === id ? { ...q, asked } : q)) }));
  const removeQuestion = (id: string) =>
    void replace<'therapy.appointment'>(appointment.id, (a) => ({ ...a, questions: a.questions.filter((q) => q.id !== id) }), 'Question removed.');

  return (
    <section className={styles.appointmentQuestions} aria-labelledby="appointment-questions-title">
      <h3 id="appointment-questions-title">Questions for this visit</h3>
      {appointment.questions.length === 0 ? (
        <p className="muted">No questions yet. Add them as they come up between visits; tick each one once it is asked.</p>
      ) : (
        <ul className={styles.questions} aria-label={`Questions for ${title}`}>
          {appointment.questions.map((q) => (
            <QuestionItem key={q.id} question={q} onAsked={(asked) => setAsked(q.id, asked)} onRemove={() => removeQuestion(q.id)} />
          ))}
        </ul>
      )}
      {error ? <FormMessage>{error}</FormMessage> : null}
      <QuestionForm appointment={appointment} title={title} announce={announce} />
    </section>
  );
}
