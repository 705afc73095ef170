import { useMemo } from 'react';
import { QUESTIONNAIRE_LIST } from '../../../shared/clinical/questionnaires';
import { sinceLastVisit } from '../../../shared/clinical/since-last-visit';
import { formatDate } from '../../../shared/time/format';
import { useLocalNow } from '../../app/clock';
import { useRecords, useRecordsOfKinds } from '../../db/useRecords';
import { Card } from '../../ui/Card';
import { Link } from '../../ui/Link';
import styles from './summary.module.css';

const ASSESSMENT_KINDS = QUESTIONNAIRE_LIST.map((q) => q.kind);

/** Today's card: what changed since the last visit (dose changes, new side effects, scores), to bring to the next one. */
export function SinceLastVisit() {
  const appointments = useRecords('therapy.appointment');
  const medications = useRecords('med.medication');
  const sideEffects = useRecords('med.sideEffect');
  const assessments = useRecordsOfKinds(ASSESSMENT_KINDS);
  const { day } = useLocalNow();
  const since = useMemo(
    () => sinceLastVisit({ appointments, medications, sideEffects, assessments }, day),
    [appointments, medications, sideEffects, assessments, day],
  );
  if (!since) return null;

  const nothing = since.doseChanges.length + since.newSideEffects.length + since.scores.length === 0;
  return (
    <Card title="Since your last visit" className="since-visit">
      <p className="muted">Since {formatDate(since.visit)}, the day of your last appointment.</p>
      {nothing ? (
        <p>No dose changes, new side effects or questionnaires since then.</p>
      ) : (
        <dl className={styles.sinceVisitList}>
          {since.doseChanges.length > 0 && (
            <>
              <dt>Dose changes</dt>
              {since.doseChanges.map((c) => (
                <dd key={`${c.medication}${c.date}${c.text}`}>
                  {formatDate(c.date)} · {c.medication} — {c.text}
                </dd>
              ))}
            </>
          )}
          {since.newSideEffects.length > 0 && (
            <>
              <dt>Side effects that began</dt>
              {since.newSideEffects.map((e) => (
                <dd key={`${e.symptom}${e.date}`}>
                  {formatDate(e.date)} · {e.symptom}
                  {e.resolvedOn ? `, resolved ${formatDate(e.resolvedOn)}` : ''}
                </dd>
              ))}
            </>
          )}
          {since.scores.length > 0 && (
            <>
              <dt>Questionnaires</dt>
              {since.scores.map((s) => (
                <dd key={`${s.questionnaire}${s.date}`}>
                  {formatDate(s.date)} · {s.questionnaire} {s.total} ({s.band})
                </dd>
              ))}
            </>
          )}
        </dl>
      )}
      <Link href="/summary">Prepare a summary for your visit</Link>
    </Card>
  );
}
