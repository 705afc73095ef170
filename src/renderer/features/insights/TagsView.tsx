import { useId, useMemo } from 'react';
import { formatValue } from '../../../shared/insights/format';
import type { DayRange } from '../../../shared/insights/period';
import { tagMoodTable } from '../../../shared/insights/tags';
import type { InsightsData } from './useInsightsData';
import { formatCount, regular } from '../../../shared/time/count';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './insights.module.css';

const DAY = regular('day');

/** How often each tag and trigger appeared, and the average mood on days with and without it. */
export function TagsView({ data, range }: { data: InsightsData; range: DayRange }) {
  const id = useId();
  const rows = useMemo(() => tagMoodTable(data.checkins, data.entries, range.from, range.to), [data.checkins, data.entries, range]);

  if (rows.length === 0) {
    return (
      <p className={styles.empty}>
        No tags or triggers in this period. Add them to a daily check-in or a journal entry (Journal, Ctrl+1) and they will be
        counted here.
      </p>
    );
  }
  const top = rows[0];
  return (
    <section className={styles.panel} data-insights-panel aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Tags and triggers</h3>
      <p className={styles.summary}>
        {rows.length === 1 ? 'One tag or trigger appeared' : `${rows.length} different tags and triggers appeared`} in this
        period; the most frequent was “{top?.label}” on{' '}
        {top?.days} day{top?.days === 1 ? '' : 's'}. Averages describe the days; they do not show that a tag changed the mood.
      </p>
      <Table caption="Tags and triggers with the average check-in mood (0–10)" className={styles.table}>
        <TableHeader>
          <Column isRowHeader>Tag or trigger</Column>
          <Column>Kind</Column>
          <Column numeric>Days</Column>
          <Column>Mood on days with it</Column>
          <Column>Mood on other days</Column>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <Row key={`${r.kind}:${r.label}`}>
              <Cell>{r.label}</Cell>
              <Cell>{r.kind === 'tag' ? 'Tag' : 'Trigger'}</Cell>
              <Cell numeric>{r.days}</Cell>
              <Cell>
                {formatValue(r.moodWith)} <span className="muted">({formatCount(r.nWith, DAY)} rated)</span>
              </Cell>
              <Cell>
                {formatValue(r.moodWithout)} <span className="muted">({formatCount(r.nWithout, DAY)} rated)</span>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
