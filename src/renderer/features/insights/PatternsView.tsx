import { useMemo } from 'react';
import { Sprout } from 'lucide-react';
import { associations, MIN_DAYS_EACH_SIDE } from '../../../shared/insights/associations';
import {
  describe,
  intervalWords,
  KIND_WORDS,
  LAG_WORDS,
  OUTCOME_WORDS,
  signed,
} from '../../../shared/insights/associations-words';
import { formatValue } from '../../../shared/insights/format';
import type { DayRange } from '../../../shared/insights/period';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import type { InsightsData } from './useInsightsData';

/** What tends to go with mood and anxiety: days with each factor against days without, with counts and an interval. */
export function PatternsView({ data, range }: { data: InsightsData; range: DayRange }) {
  const { shown, hiddenFactors } = useMemo(
    () => associations(data.checkins, data.entries, data.doses, range.from, range.to),
    [data.checkins, data.entries, data.doses, range],
  );
  const hiddenNote =
    hiddenFactors > 0
      ? `${hiddenFactors === 1 ? 'One more factor is' : `${hiddenFactors} more factors are`} left out because one side has fewer than ${MIN_DAYS_EACH_SIDE} days.`
      : null;

  if (shown.length === 0) {
    return (
      <Card title="What tends to go with your mood" level={3}>
        <EmptyState icon={<Sprout size={20} />} title="Not enough days to compare yet.">
          <p>
            A tag, trigger, coping skill, missed dose or short or long night is compared only when there are at least{' '}
            {MIN_DAYS_EACH_SIDE} days with it and {MIN_DAYS_EACH_SIDE} without, each with a check-in. Keep checking in, or
            choose a longer period above.
          </p>
          {hiddenNote && <p>{hiddenNote}</p>}
        </EmptyState>
      </Card>
    );
  }

  const top = shown[0]!;
  return (
    <Card title="What tends to go with your mood" level={3}>
      <p className="insights-summary">{describe(top)}</p>
      <p className="muted">
        These compare your own days. They describe what tended to happen together; they do not show that one thing
        caused another. The interval is a 95% range for the difference; when it spans zero there may be no difference
        at all.{hiddenNote && ` ${hiddenNote}`}
      </p>
      <div className="insights-table-wrap" tabIndex={0} role="region" aria-label="Patterns: data table">
        <table className="insights-table patterns-table">
          <caption>Average on days with and without each factor (0–10), largest difference first</caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">Kind</th>
              <th scope="col">Compared</th>
              <th scope="col">With it</th>
              <th scope="col">Without it</th>
              <th scope="col">Difference</th>
              <th scope="col">95% interval</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={`${c.factor.kind}:${c.factor.label}:${c.outcome}:${c.lag}`}>
                <th scope="row">{c.factor.label}</th>
                <td>{KIND_WORDS[c.factor.kind]}</td>
                <td>
                  {OUTCOME_WORDS[c.outcome]}, {LAG_WORDS[c.lag]}
                </td>
                <td>
                  {formatValue(c.with.mean)} <span className="muted">({c.with.n} days)</span>
                </td>
                <td>
                  {formatValue(c.without.mean)} <span className="muted">({c.without.n} days)</span>
                </td>
                <td>{signed(c.interval.difference)}</td>
                <td>{intervalWords(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
