import { parseISO } from 'date-fns';
import type { BackupSummary } from '../../../shared/contract';
import { kindLabel } from './kind-labels';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './backup.module.css';

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat();

/** Records a person would count: deletion tombstones are bookkeeping (they keep deleted records deleted on merge). */
export const personRecords = (summary: BackupSummary) => summary.total - (summary.counts.tombstone ?? 0);

/** What a backup holds, shown before anything is restored. */
export function BackupPreview({ summary }: { summary: BackupSummary }) {
  const created = new Date(summary.createdAt);
  return (
    <div className={styles.preview} aria-label="Backup contents">
      <p>
        Made on {moment.format(created)} by {summary.app}: {number.format(personRecords(summary))} record{personRecords(summary) === 1 ? '' : 's'}
        {summary.dateRange && (
          <>
            {' '}
            from {day.format(parseISO(summary.dateRange.from))} to {day.format(parseISO(summary.dateRange.to))}
          </>
        )}
        .
      </p>
      <Table caption="Records per kind" hideCaption>
        <TableHeader>
          <Column isRowHeader>Kind</Column>
          <Column numeric>Records</Column>
        </TableHeader>
        <TableBody>
          {Object.entries(summary.counts)
            .filter(([kind]) => kind !== 'tombstone')
            .sort(([a], [b]) => kindLabel(a).localeCompare(kindLabel(b)))
            .map(([kind, count]) => (
              <Row key={kind}>
                <Cell>{kindLabel(kind)}</Cell>
                <Cell numeric>{number.format(count)}</Cell>
              </Row>
            ))}
        </TableBody>
      </Table>
    </div>
  );
}
