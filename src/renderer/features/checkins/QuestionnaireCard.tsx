import { Link } from 'react-router';
import { daysSinceLast } from '../../../shared/clinical/outcomes';
import type { Questionnaire } from '../../../shared/clinical/questionnaires';
import { formatDay } from '../../../shared/clinical/summary';
import { ReminderLine } from './CheckinReminder';
import { useHistory } from './useHistory';
import styles from './checkins.module.css';
import { cx } from '../../ui/class-names';

/** One questionnaire on the overview: what it is, when it was last taken, and the way to take it. */
export function QuestionnaireCard({ q, today }: { q: Questionnaire; today: string }) {
  const history = useHistory(q);
  const last = history.at(-1);
  const days = daysSinceLast(history, today);
  return (
    <article className={styles.card} aria-labelledby={`card-${q.id}`}>
      <h2 id={`card-${q.id}`}>
        {q.name} <span className="muted">({q.topic})</span>
      </h2>
      <p>
        {q.items.length} questions about the last 2 weeks, each answered from “Not at all” to “Nearly every day”.
      </p>
      {last ? (
        <p className="muted">
          Last taken {formatDay(last.taken.date)}
          {days === 0 ? ' (today)' : days === 1 ? ' (yesterday)' : days !== null && days > 1 ? ` (${days} days ago)` : ''}
          {last.score.complete ? `: ${last.score.total}, ${last.score.band.label}.` : ': incomplete, no total.'}
        </p>
      ) : (
        <p className="muted">You have not taken the {q.name} yet. It takes a few minutes.</p>
      )}
      <ReminderLine q={q} />
      <Link className={cx(styles.linkButton, styles.primary)} to={`?take=${q.id}`}>
        Take the {q.name}
      </Link>
    </article>
  );
}
