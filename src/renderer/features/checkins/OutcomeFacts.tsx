import { reliableChangeText, type Outcomes } from '../../../shared/clinical/outcomes';
import type { Questionnaire } from '../../../shared/clinical/questionnaires';
import { changeText, formatDay } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import styles from './checkins.module.css';

const yesNo = (value: boolean | null, note: string | null) => (value === null ? (note ?? 'Not yet.') : value ? 'Yes' : 'No');

/** Baseline, latest, change, reliable change, response and remission, stated as facts about the numbers. */
export function OutcomeFacts({ q, outcomes }: { q: Questionnaire; outcomes: Outcomes<AssessmentRecord> }) {
  const { baseline, latest } = outcomes;
  if (!baseline || !latest) return null;
  const describe = (total: number, band: string, date: string) => `${total} (${band}) on ${formatDay(date)}`;
  const bandOf = (entry: typeof latest.entry) => (entry.score.complete ? entry.score.band.label : '');
  const reliable = reliableChangeText(q, outcomes.reliable);
  return (
    <dl className={styles.facts}>
      <dt>Baseline</dt>
      <dd>
        {describe(baseline.total, bandOf(baseline.entry), baseline.entry.taken.date)}{' '}
        <span className="muted">
          {baseline.source === 'marked' ? '(marked by you as the start of treatment)' : '(first in this period, not marked as a baseline)'}
        </span>
      </dd>
      <dt>Latest</dt>
      <dd>{describe(latest.total, bandOf(latest.entry), latest.entry.taken.date)}</dd>
      <dt>Change</dt>
      <dd>
        {changeText(outcomes)}
        {reliable ? <span className="muted"> — {reliable}</span> : null}
      </dd>
      <dt>Response (total fell by 50% or more from a baseline of {q.caseness} or more)</dt>
      <dd>{yesNo(outcomes.response, outcomes.note)}</dd>
      <dt>Remission (latest total below {q.remissionBelow}, from a baseline of {q.caseness} or more)</dt>
      <dd>{yesNo(outcomes.remission, outcomes.note)}</dd>
    </dl>
  );
}
