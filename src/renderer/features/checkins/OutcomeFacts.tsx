import type { Outcomes } from '../../../shared/clinical/outcomes';
import { changeText, formatDay } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';

const yesNo = (value: boolean | null, note: string | null) => (value === null ? (note ?? 'Not yet.') : value ? 'Yes' : 'No');

/** Baseline, latest, change, response and remission, stated as facts about the numbers. */
export function OutcomeFacts({ outcomes }: { outcomes: Outcomes<AssessmentRecord> }) {
  const { baseline, latest } = outcomes;
  if (!baseline || !latest) return null;
  const describe = (total: number, band: string, date: string) => `${total} (${band}) on ${formatDay(date)}`;
  const bandOf = (entry: typeof latest.entry) => (entry.score.complete ? entry.score.band.label : '');
  return (
    <dl className="facts outcome-facts">
      <dt>Baseline</dt>
      <dd>
        {describe(baseline.total, bandOf(baseline.entry), baseline.entry.taken.date)}{' '}
        <span className="muted">{baseline.source === 'marked' ? '(marked by you)' : '(first in this period)'}</span>
      </dd>
      <dt>Latest</dt>
      <dd>{describe(latest.total, bandOf(latest.entry), latest.entry.taken.date)}</dd>
      <dt>Change</dt>
      <dd>{changeText(outcomes)}</dd>
      <dt>Response (total fell by 50% or more from baseline)</dt>
      <dd>{yesNo(outcomes.response, outcomes.note)}</dd>
      <dt>Remission (latest total below 5)</dt>
      <dd>{yesNo(outcomes.remission, outcomes.note)}</dd>
    </dl>
  );
}
