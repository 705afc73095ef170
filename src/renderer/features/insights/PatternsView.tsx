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
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './insights.module.css';

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
      <p className={styles.summary}>{describe(top)}</p>
      <p className="muted">
        These compare your own days. They describe what tended to happen together; they do not show that one thing
        caused another. The interval is a 95% range for the difference; when it spans zero there may be no difference
        at all.{hiddenNote && ` ${hiddenNote}`}
      </p>
      <div className={styles.tableWrap} role="region" aria-label="Patterns: data table">
        <Table caption="Average on days with and without each factor (0–10), largest difference first" className={styles.table}>
          <TableHeader>
            <Column isRowHeader>Factor</Column>
            <Column>Kind</Column>
            <Column>Compared</Column>
            <Column>With it</Column>
            <Column>Without it</Column>
            <Column numeric>Difference</Column>
            <Column>95% interval</Column>
          </TableHeader>
          <TableBody>
            {shown.map((c) => (
              <Row key={`${c.factor.kind}:${c.factor.label}:${c.outcome}:${c.lag}`}>
                <Cell>{c.factor.label}</Cell>
                <Cell>{KIND_WORDS[c.factor.kind]}</Cell>
                <Cell>
                  {OUTCOME_WORDS[c.outcome]}, {LAG_WORDS[c.lag]}
                </Cell>
                <Cell>
                  {formatValue(c.with.mean)} <span className="muted">({c.with.n} days)</span>
                </Cell>
                <Cell>
                  {formatValue(c.without.mean)} <span className="muted">({c.without.n} days)</span>
                </Cell>
                <Cell numeric>{signed(c.interval.difference)}</Cell>
                <Cell>{intervalWords(c)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      </div>
    </Card>
  );
}
