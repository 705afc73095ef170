import type { PlanPreview } from '../../../shared/import/preview';
import { formatCount, formatDate, formatDayRange, formatNumber, regular } from '../../../shared/time';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './import.module.css';

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Everything an import would do, before anything is written. */
export function ImportPreview({ preview }: { preview: PlanPreview }) {
  const rows = preview.firstRows;
  const more = rows.some((r) => r.more !== '');
  return (
    <section aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">What will be imported</h3>
      <ul className={styles.counts}>
        <li>{formatCount(preview.checkins, regular('check-in'))}</li>
        <li>{formatCount(preview.entries, { one: 'journal entry', many: 'journal entries' })}</li>
        {preview.alreadyImported > 0 && <li>{formatCount(preview.alreadyImported, regular('row'))} already imported earlier (added again: none)</li>}
        <li>{formatCount(preview.skippedCount, regular('line'))} left out</li>
        {preview.range && <li>From {formatDayRange(preview.range.from, preview.range.to)}</li>}
      </ul>
      {rows.length > 0 && (
        <div className={styles.tableWrap} role="region" aria-label="First rows as they will appear">
          <Table caption={`The newest ${formatNumber(rows.length)} as they will appear`} className={styles.table}>
            <TableHeader>
              <Column isRowHeader>Date</Column>
              <Column>Record</Column>
              <Column>Mood</Column>
              {more && <Column>Other values</Column>}
              <Column>Tags</Column>
              <Column>Text</Column>
            </TableHeader>
            <TableBody>
              {rows.map((r, i) => (
                <Row key={i}>
                  <Cell>{formatDate(r.date)}</Cell>
                  <Cell>{r.kind}</Cell>
                  <Cell>{r.mood}</Cell>
                  {more && <Cell>{r.more || '—'}</Cell>}
                  <Cell>{clip(r.tags)}</Cell>
                  <Cell>{clip(r.text)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {preview.skippedCount > 0 && (
        <details className={styles.skipped} open={preview.skippedCount <= 10}>
          <summary>Lines left out, and why</summary>
          <ul aria-label="Lines left out">
            {preview.skipped.map((s) => (
              <li key={`${s.line}-${s.reason}`}>{s.reason}</li>
            ))}
          </ul>
          {preview.skippedCount > preview.skipped.length && <p className="muted">…and {formatNumber(preview.skippedCount - preview.skipped.length)} more.</p>}
        </details>
      )}
    </section>
  );
}
