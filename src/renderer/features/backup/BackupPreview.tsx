import { parseISO } from 'date-fns';
import type { BackupSummary } from '../../../shared/contract';
import { kindLabel } from './kind-labels';

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat();

/** What a backup holds, shown before anything is restored. */
export function BackupPreview({ summary }: { summary: BackupSummary }) {
  const created = new Date(summary.createdAt);
  return (
    <div className="backup-preview" aria-label="Backup contents">
      <p>
        Made on {moment.format(created)} by {summary.app}: {number.format(summary.total)} record{summary.total === 1 ? '' : 's'}
        {summary.dateRange && (
          <>
            {' '}
            from {day.format(parseISO(summary.dateRange.from))} to {day.format(parseISO(summary.dateRange.to))}
          </>
        )}
        .
      </p>
      <table>
        <caption className="visually-hidden">Records per kind</caption>
        <tbody>
          {Object.entries(summary.counts)
            .sort(([a], [b]) => kindLabel(a).localeCompare(kindLabel(b)))
            .map(([kind, count]) => (
              <tr key={kind}>
                <th scope="row">{kindLabel(kind)}</th>
                <td>{number.format(count)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
