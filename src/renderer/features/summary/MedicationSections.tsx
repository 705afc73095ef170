import { percent, skipReasonsText } from '../../../shared/medication/adherence';
import type { MedicationRow } from '../../../shared/summary/medications';
import type { SideEffectRow } from '../../../shared/summary/side-effects';
import { formatDay, mean, plural } from './format';

export function MedicationsSection({ rows }: { rows: MedicationRow[] }) {
  return (
    <section aria-labelledby="sum-meds">
      <h2 id="sum-meds">Medications and changes</h2>
      {rows.length === 0 ? (
        <p>No medication recorded for this period.</p>
      ) : (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Medication</th>
              <th scope="col">Now</th>
              <th scope="col">Changes in this period (reason given)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.name}
                  <span className="summary-sub">{row.class}</span>
                </th>
                <td>
                  {row.current}
                  {row.takingSince ? <span className="summary-sub">taking since {formatDay(row.takingSince)}</span> : null}
                  {row.doseSince && row.doseSince !== row.takingSince ? (
                    <span className="summary-sub">this dose since {formatDay(row.doseSince)}</span>
                  ) : null}
                </td>
                <td>
                  {row.changes.length === 0 ? <span>No change</span> : null}
                  <ul className="summary-plain">
                    {row.changes.map((c) => (
                      <li key={c.date}>
                        {formatDay(c.date)}: {c.text}
                        {c.reason ? ` (${c.reason})` : ''}
                      </li>
                    ))}
                    {/* Plans are printed as plans, in the future tense, never as changes that happened. */}
                    {row.planned.map((p) => (
                      <li key={`plan-${p.date}`} className="summary-planned">
                        {p.text}
                        {p.reason ? ` (${p.reason})` : ''}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function AdherenceSection({ rows }: { rows: MedicationRow[] }) {
  const counted = rows.filter((r) => r.adherence.scheduled > 0 || r.adherence.asNeeded > 0);
  return (
    <section aria-labelledby="sum-adherence">
      <h2 id="sum-adherence">Adherence</h2>
      {counted.length === 0 ? (
        <p>No scheduled doses in this period.</p>
      ) : (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Medication</th>
              <th scope="col">Taken of logged</th>
              <th scope="col">Rate (of logged)</th>
              <th scope="col">Not logged</th>
              <th scope="col">Skipped (reason)</th>
              <th scope="col">As needed taken</th>
            </tr>
          </thead>
          <tbody>
            {counted.map(({ id, name, adherence: a, trackedFrom, asNeededPerWeek }) => (
              <tr key={id}>
                <th scope="row">
                  {name}
                  {trackedFrom ? <span className="summary-sub">tracked since {formatDay(trackedFrom)}</span> : null}
                </th>
                <td>
                  taken {a.taken} of {a.logged} logged
                  {a.pending > 0 ? <span className="summary-sub">{a.pending} still due today</span> : null}
                </td>
                <td>{percent(a.rate)}</td>
                <td>{a.notLogged}</td>
                <td>
                  {a.skipped}
                  {a.skipped > 0 ? <span className="summary-sub">{skipReasonsText(a)}</span> : null}
                </td>
                <td>
                  {a.asNeeded}
                  {asNeededPerWeek !== null ? <span className="summary-sub">about {mean(asNeededPerWeek)} a week</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const onsetText = (row: SideEffectRow) =>
  row.onset
    ? `${plural(row.onset.daysAfter, 'day')} after ${row.onset.medicationName} ${row.onset.change.replace(/^\w/, (c) => c.toLowerCase())} (${formatDay(row.onset.date)})`
    : 'No recorded dose change before it';

/**
 * How long each episode lasted: "resolved 19 Nov (lasted 7 days)", "ongoing
 * (5 days so far)"; with several episodes each says when it began. Nothing for
 * older single-day reports.
 */
const courseText = (row: SideEffectRow) => {
  const several = row.episodes.length > 1;
  return row.episodes
    .map((e) => {
      const from = several ? `from ${formatDay(e.began)}, ` : '';
      return e.resolvedOn
        ? `${from}resolved ${formatDay(e.resolvedOn)} (lasted ${plural(e.days, 'day')})`
        : `${from}ongoing (${plural(e.days, 'day')} so far)`;
    })
    .join('; ');
};

/** Frequency, intensity and burden 0–6 (FIBSER) when rated; older records show their 1–5 severity. */
const ratingText = (row: SideEffectRow) => {
  const parts: string[] = [];
  if (row.fibser) parts.push(`${row.fibser.frequency} / ${row.fibser.intensity} / ${row.fibser.burden}`);
  if (row.maxSeverity !== null) parts.push(`severity ${row.maxSeverity} of 5 (average ${mean(row.meanSeverity)})`);
  return parts.join('; ');
};

export function SideEffectsSection({ rows }: { rows: SideEffectRow[] }) {
  return (
    <section aria-labelledby="sum-side">
      <h2 id="sum-side">Side effects</h2>
      {rows.length === 0 ? (
        <p>No side effect recorded in this period.</p>
      ) : (
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Symptom</th>
              <th scope="col">Records</th>
              <th scope="col">Frequency / intensity / burden, 0–6 (highest)</th>
              <th scope="col">Began, relative to dose changes; how long</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.symptom}
                  {row.medicationName ? <span className="summary-sub">{row.medicationName}</span> : null}
                </th>
                <td>
                  {row.count}
                  <span className="summary-sub">last {formatDay(row.lastReported)}</span>
                </td>
                <td>{ratingText(row)}</td>
                <td>
                  {formatDay(row.began)}: {onsetText(row)}
                  {courseText(row) ? <span className="summary-sub">{courseText(row)}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
