import type { BackupSummary } from '../../../shared/contract';
import { kindLabel } from './kind-labels';

/** What a backup holds, shown before anything is restored. */
export function BackupPreview({ summary }: { summary: BackupSummary }) {
  const created = new Date(summary.createdAt);
  return (
    <div className="backup-preview" aria-label="Backup contents">
      <p>
        Made on {created.toLocaleString()} by {summary.app}: {summary.total} record{summary.total === 1 ? '' : 's'}
        {summary.dateRange && (
          <>
            {' '}
            from {summary.dateRange.from} to {summary.dateRange.to}
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
                <td>{count}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
