import type { ImportPlan } from '../../../shared/import/plan';
import { formatCount, formatDate, formatDayRange, formatNumber, regular } from '../../../shared/time';

const FIRST_ROWS = 5;
const SKIPPED_SHOWN = 50;

interface Row {
  date: string;
  kind: string;
  mood: string;
  tags: string;
  text: string;
}

function firstRows(plan: ImportPlan): Row[] {
  const rows: Row[] = [
    ...plan.checkins.map((c) => ({ date: c.date, kind: 'Check-in', mood: c.mood === undefined ? '—' : `${c.mood}/10 (“${c.import?.sourceLabel ?? ''}”)`, tags: c.tags.join(', '), text: '' })),
    ...plan.entries.map((e) => ({ date: e.date, kind: 'Journal entry', mood: e.mood === undefined ? '—' : `${e.mood}/10`, tags: e.tags.join(', '), text: e.title || e.body })),
  ];
  return rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, FIRST_ROWS);
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Everything an import would do, before anything is written. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const rows = firstRows(plan);
  return (
    <section aria-labelledby="import-preview-title" className="import-preview">
      <h3 id="import-preview-title">What will be imported</h3>
      <ul className="import-counts">
        <li>{formatCount(plan.checkins.length, regular('check-in'))}</li>
        <li>{formatCount(plan.entries.length, { one: 'journal entry', many: 'journal entries' })}</li>
        {plan.alreadyImported > 0 && <li>{formatCount(plan.alreadyImported, regular('row'))} already imported earlier (added again: none)</li>}
        <li>{formatCount(plan.skipped.length, regular('line'))} left out</li>
        {plan.range && <li>From {formatDayRange(plan.range.from, plan.range.to)}</li>}
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
                  <td>{clip(r.tags)}</td>
                  <td>{clip(r.text)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.skipped.length > 0 && (
        <details className="import-skipped" open={plan.skipped.length <= 10}>
          <summary>Lines left out, and why</summary>
          <ul aria-label="Lines left out">
            {plan.skipped.slice(0, SKIPPED_SHOWN).map((s) => (
              <li key={`${s.line}-${s.reason}`}>{s.reason}</li>
            ))}
          </ul>
          {plan.skipped.length > SKIPPED_SHOWN && <p className="muted">…and {formatNumber(plan.skipped.length - SKIPPED_SHOWN)} more.</p>}
        </details>
      )}
    </section>
  );
}
