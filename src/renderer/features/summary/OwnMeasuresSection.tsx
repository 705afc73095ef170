import type { OwnFigure, OwnMeasureRow } from '../../../shared/summary/own-measures';
import type { SummaryPeriod } from '../../../shared/summary/period';
import { formatDay, mean, signed } from './format';

/** "3.5" for a mean, "yes 3 of 5 days (60%)" for yes/no, "—" when not recorded. */
function figureText(row: OwnMeasureRow, f: OwnFigure): string {
  if (f.value === null) return '—';
  if (row.type === 'yesno') return `yes ${f.yes ?? 0} of ${f.days} days (${Math.round(f.value * 100)}%)`;
  return mean(f.value);
}

function changeText(row: OwnMeasureRow): string {
  if (row.change === null) return '—';
  return row.type === 'yesno' ? `${signed(Math.round(row.change * 100))} points` : signed(row.change);
}

/** The person's own measures they ticked for the summary, this period against the one before. */
export function OwnMeasuresSection({ rows, previous }: { rows: OwnMeasureRow[]; previous: SummaryPeriod }) {
  return (
    <section aria-labelledby="sum-own">
      <h2 id="sum-own">Own measures</h2>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">This period</th>
            <th scope="col">
              Previous period
              <span className="summary-sub">
                {formatDay(previous.from)} – {formatDay(previous.to)}
              </span>
            </th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>
                {figureText(row, row.current)}
                {row.type !== 'yesno' && <span className="summary-sub">{row.current.days} days</span>}
              </td>
              <td>
                {figureText(row, row.previous)}
                {row.type !== 'yesno' && <span className="summary-sub">{row.previous.days} days</span>}
              </td>
              <td>{changeText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
