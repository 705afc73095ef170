import { Link } from 'react-router';
import { MODALITY_LABELS, type Modality, type TherapySession } from '../../../../shared/domain/therapy';
import { CardActions, Labelled } from '../fields';
import { formatDay } from '../format';
import styles from '../therapy.module.css';

/** Where the homework of a modality is logged, when Cairn has a form for it. */
const HOMEWORK_FORM: Partial<Record<Modality, { form: string; label: string }>> = {
  cbt: { form: 'thought', label: 'thought records' },
  dbt: { form: 'diary', label: 'diary card' },
  erp: { form: 'exposure', label: 'exposure ladder' },
  emdr: { form: 'emdr', label: 'TICES log' },
};

interface Props {
  session: TherapySession;
  /** The provider's name and role, or '' when none was recorded. */
  provider: string;
  onOpen: () => void;
  onDelete: () => void;
}

/** One session in the list: what was taken away and agreed, at a glance; Open shows all of it in the panel. */
export function SessionCard({ session: s, provider, onOpen, onDelete }: Props) {
  const label = `Session of ${formatDay(s.date)}`;
  const homeworkForm = HOMEWORK_FORM[s.modality];
  return (
    <article className={styles.recordCard} aria-label={label} data-record-id={s.id}>
      <header>
        <h4>{formatDay(s.date)}</h4>
        <span className="muted">
          {MODALITY_LABELS[s.modality]}
          {provider ? ` · ${provider}` : ''} · {s.attended ? 'Attended' : 'Not attended'}
        </span>
      </header>
      {s.takeaways ? <Labelled term="Key takeaways" text={s.takeaways} /> : null}
      {s.homework ? (
        <div className={styles.homework}>
          <Labelled term="Homework agreed" text={s.homework} />
          {homeworkForm ? <Link to={`/therapy?tab=homework&form=${homeworkForm.form}`}>Open {homeworkForm.label}</Link> : null}
        </div>
      ) : null}
      {s.notes ? <p className="muted th-has-notes">Has private notes: open the session to read them.</p> : null}
      <CardActions label={label} onEdit={onOpen} editText="Open" onDelete={onDelete} />
    </article>
  );
}
