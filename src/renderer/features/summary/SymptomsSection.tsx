import { formatDay } from '../../../shared/clinical/summary';
import type { SymptomSummary } from '../../../shared/summary/symptoms';

/** Discontinuation symptoms (FINISH groups) for the period of a taper or stop: figures, no verdict. */
export function SymptomsSection({ symptoms }: { symptoms: SymptomSummary }) {
  const rated = symptoms.rows.some((r) => r.days > 0);
  return (
    <section aria-labelledby="sum-symptoms">
      <h2 id="sum-symptoms">Symptoms while a dose was lowered or stopped</h2>
      <p>
        {symptoms.tapers.map((t) => `${t.name}, lowered or stopped from ${formatDay(t.from)}`).join('; ')}. Rated daily in the
        check-in, 0 none to 3 severe.
      </p>
      {!rated ? (
        <p>No symptom rated in this period.</p>
      ) : (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Days rated</th>
              <th scope="col">Average</th>
              <th scope="col">Highest</th>
            </tr>
          </thead>
          <tbody>
            {symptoms.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.days}</td>
                <td>{row.average ?? '–'}</td>
                <td>{row.highest === null ? '–' : `${row.highest} on ${formatDay(row.highestOn!)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
