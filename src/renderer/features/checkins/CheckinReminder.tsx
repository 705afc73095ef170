import { Link } from 'react-router';
import { daysSinceLast, reminderDue } from '../../../shared/clinical/outcomes';
import { QUESTIONNAIRE_LIST, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { localDay } from '../../../shared/local-date';
import { useHistory } from './useHistory';
import styles from './checkins.module.css';

/** A gentle, in-app-only note when the last one was more than two weeks ago. */
export function ReminderLine({ q, withLink = false }: { q: Questionnaire; withLink?: boolean }) {
  const history = useHistory(q);
  const today = localDay();
  if (!reminderDue(history, today)) return null;
  return (
    <p className={styles.reminder}>
      It has been {daysSinceLast(history, today)} days since your last {q.name}. It asks about the last 2 weeks, so a
      new one is possible whenever you like
      {withLink ? (
        <>
          : <Link to={`/check-ins?take=${q.id}`}>take the {q.name}</Link>.
        </>
      ) : (
        '.'
      )}
    </p>
  );
}

/** Each questionnaire's reminder, for the Today page. Renders nothing when neither is due. */
export function CheckinReminder() {
  return (
    <>
      {QUESTIONNAIRE_LIST.map((q) => (
        <ReminderLine key={q.id} q={q} withLink />
      ))}
    </>
  );
}
