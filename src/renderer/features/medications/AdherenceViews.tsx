import { useId, useMemo, useState } from 'react';
import type { DoseLog, Medication } from '../../../shared/domain/medication';
import { adherence, percent, skipReasonsText, weeklyAdherence, type Adherence } from '../../../shared/medication/adherence';
import { addDays } from '../../../shared/medication/days';
import type { LocalNow } from '../../../shared/medication/doses';
import { trackedFrom } from '../../../shared/medication/regimen';
import { formatWeekOf } from '../../../shared/time/format';
import { DateField } from '../../ui/DateField';

function Cells({ a }: { a: Adherence }) {
  const reasons = skipReasonsText(a);
  return (
    <>
      <td>
        {a.taken} of {a.logged}
      </td>
      <td>{percent(a.rate)}</td>
      <td>{a.notLogged}</td>
      <td>
        {a.skipped}
        {reasons && <span className="muted"> ({reasons})</span>}
      </td>
      <td>{a.asNeeded}</td>
    </>
  );
}

// The rate is over logged doses; a dose with no answer is "not logged", never "missed" (CLINICAL.md).
const HEAD = ['Taken of logged', 'Rate (of logged)', 'Not logged', 'Skipped', 'As needed'];

/** The last weeks of one medication, each from the regimen of its own days. */
export function WeeklyAdherence({ med, logs, now, weeks = 8 }: { med: Medication; logs: readonly DoseLog[]; now: LocalNow; weeks?: number }) {
  const rows = useMemo(() => {
    const first = trackedFrom(med) ?? now.day;
    const from = addDays(now.day, -7 * (weeks - 1));
    return weeklyAdherence(med, logs, from > first ? from : first, now.day, now)
      .filter((w) => w.scheduled > 0 || w.asNeeded > 0)
      .reverse();
  }, [med, logs, now, weeks]);

  if (rows.length === 0) return <p className="muted">No doses were due in the last {weeks} weeks.</p>;
  return (
    <table className="meds-table">
      <caption>Adherence by week (today’s doses still to come are not counted yet)</caption>
      <thead>
        <HeadRow first="Week" />
      </thead>
      <tbody>
        {rows.map((w) => (
          <tr key={w.week}>
            <th scope="row">
              {formatWeekOf(w.from)}
            </th>
            <Cells a={w} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The column headings both adherence tables share. */
function HeadRow({ first }: { first: string }) {
  return (
    <tr>
      <th scope="col">{first}</th>
      {HEAD.map((h) => (
        <th scope="col" key={h}>
          {h}
        </th>
      ))}
    </tr>
  );
}

/** Taken / scheduled for every medication over a period the user picks. */
export function PeriodAdherence({ meds, logs, now }: { meds: readonly Medication[]; logs: readonly DoseLog[]; now: LocalNow }) {
  const id = useId();
  const [from, setFrom] = useState(addDays(now.day, -29));
  const [to, setTo] = useState(now.day);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const rows = useMemo(
    () => (valid ? meds.map((med) => ({ med, a: adherence(med, logs, from, to, now) })).filter((r) => r.a.scheduled > 0 || r.a.asNeeded > 0) : []),
    [meds, logs, from, to, now, valid],
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Adherence for a period</h2>
      <div className="meds-row">
        <DateField label="From" value={from} onChange={setFrom} />
        {/* The range's problem sits on the end date: it is the one to move to see the days before it. */}
        <DateField label="To" value={to} onChange={setTo} errorMessage={valid ? undefined : 'Choose a start date on or before the end date.'} />
      </div>
      {valid && rows.length === 0 && <p className="muted">No doses were due in this period.</p>}
      {rows.length > 0 && (
        <table className="meds-table" aria-label="Adherence for the chosen period">
          <thead>
            <HeadRow first="Medication" />
          </thead>
          <tbody>
            {rows.map(({ med, a }) => (
              <tr key={med.id}>
                <th scope="row">{med.name}</th>
                <Cells a={a} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
