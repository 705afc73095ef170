import type { PlanPreview } from '../../../shared/import/preview';
import { formatCount, formatDate, formatDayRange, formatNumber, regular } from '../../../shared/time';

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Everything an import would do, before anything is written. */
export function ImportPreview({ preview }: { preview: PlanPreview }) {
  const rows = preview.firstRows;
  const more = rows.some((r) => r.more !== '');
  return (
    <section aria-labelledby="import-preview-title" className="import-preview">
      <h3 id="import-preview-title">What will be imported</h3>
      <ul className="import-counts">
        <li>{formatCount(preview.checkins, regular('check-in'))}</li>
        <li>{formatCount(preview.entries, { one: 'journal entry', many: 'journal entries' })}</li>
        {preview.alreadyImported > 0 && <li>{formatCount(preview.alreadyImported, regular('row'))} already imported earlier (added again: none)</li>}
        <li>{formatCount(preview.skippedCount, regular('line'))} left out</li>
        {preview.range && <li>From {formatDayRange(preview.range.from, preview.range.to)}</li>}
      </ul>
      {rows.length > 0 && (
        <div className="import-table-wrap" tabIndex={0} role="region" aria-label="First rows as they will appear">
          <table className="import-table">
            <caption>The newest {formatNumber(rows.length)} as they will appear</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Record</th>
                <th scope="col">Mood</th>
                {more && <th scope="col">Other values</th>}
                <th scope="col">Tags</th>
                <th scope="col">Text</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{formatDate(r.date)}</th>
                  <td>{r.kind}</td>
                  <td>{r.mood}</td>
                  {more && <td>{r.more || '—'}</td>}
                  <td>{clip(r.tags)}</td>
                  <td>{clip(r.text)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.skippedCount > 0 && (
        <details className="import-skipped" open={preview.skippedCount <= 10}>
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
