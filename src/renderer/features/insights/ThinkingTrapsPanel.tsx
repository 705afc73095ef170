import { useMemo } from 'react';
import { Brain } from 'lucide-react';
import type { DayRange } from '../../../shared/insights/period';
import { trapCounts } from '../../../shared/insights/thinking-traps';
import { formatCount, regular } from '../../../shared/time/count';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import type { InsightsData } from './useInsightsData';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './insights.module.css';

const RECORD = regular('thought record');

/** How often the person picked each thinking trap on their thought records in the period; counts only, no judgement. */
export function ThinkingTrapsPanel({ data, range }: { data: InsightsData; range: DayRange }) {
  const { thoughtRecords, counts } = useMemo(() => trapCounts(data.thoughtRecords, range.from, range.to), [data.thoughtRecords, range]);
  return (
    <Card title="Thinking traps you picked" level={3}>
      {counts.length === 0 ? (
        <EmptyState icon={<Brain size={20} />} title="No thinking traps picked in this period.">
          <p>
            On a thought record (Therapy, Homework) you can pick any thinking traps that fit the automatic thought; how often
            you picked each is counted here.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className={styles.summary}>
            Picked on {formatCount(thoughtRecords, RECORD)} in this period; the one you picked most often was “{counts[0]!.label}”.
          </p>
          <Table caption="Thinking traps and how many thought records you picked each on" className={styles.table}>
            <TableHeader>
              <Column isRowHeader>Thinking trap</Column>
              <Column numeric>Thought records</Column>
            </TableHeader>
            <TableBody>
              {counts.map((c) => (
                <Row key={c.trap}>
                  <Cell>{c.label}</Cell>
                  <Cell numeric>{c.records}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Card>
  );
}
