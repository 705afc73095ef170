import type { TherapyAppointment } from '../../../../shared/domain/therapy';
import { openQuestions } from '../../../../shared/therapy/next-appointment';
import { CardActions, Labelled } from '../fields';
import styles from '../therapy.module.css';

/** One visit in the list: its questions (asked ones marked) and what was decided; Open changes them in the panel. */
export function AppointmentCard({ appointment: a, title, onOpen, onDelete }: { appointment: TherapyAppointment; title: string; onOpen: () => void; onDelete: () => void }) {
  const open = openQuestions(a).length;
  return (
    <article className={styles.recordCard} aria-label={title} data-record-id={a.id}>
      <header>
        <h4>{title}</h4>
        <span className="muted">
          {a.questions.length === 0 ? 'No questions yet' : `${open} of ${a.questions.length} question${a.questions.length === 1 ? '' : 's'} still to ask`}
        </span>
      </header>
      {a.questions.length > 0 ? (
        <ul className={styles.questionsRead} aria-label={`Questions for ${title}`}>
          {a.questions.map((q) => (
            <li key={q.id} className={q.asked ? `${styles.asked} ${styles.plainText}` : styles.plainText}>
              {q.asked ? <span className="visually-hidden">Asked: </span> : null}
              {q.text}
            </li>
          ))}
        </ul>
      ) : null}
      {a.decisions ? <Labelled term="What was decided" text={a.decisions} /> : null}
      <CardActions label={title} onEdit={onOpen} editText="Open" onDelete={onDelete} />
    </article>
  );
}
