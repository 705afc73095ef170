import { Link } from 'react-router';
import { daysSinceLast, reminderDue } from '../../../shared/clinical/outcomes';
import { GAD7, PHQ9, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { localDay } from '../../../shared/local-date';
import { useHistory } from './useHistory';

/** A gentle, in-app-only note when the last one was more than two weeks ago. */
export function ReminderLine({ q, withLink = false }: { q: Questionnaire; withLink?: boolean }) {
  const history = useHistory(q);
  const today = localDay();
  if (!reminderDue(history, today)) return null;
  return (
    <p className="checkin-reminder">
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

/** Both reminders, for the Today page. Renders nothing when neither is due. */
export function CheckinReminder() {
  return (
    <>
      <ReminderLine q={PHQ9} withLink />
      <ReminderLine q={GAD7} withLink />
    </>
  );
}
