import { useId, useMemo, useState } from 'react';
import type { DoseLog, Medication } from '../../../shared/domain/medication';
import { adherence, percent, skipReasonsText, weeklyAdherence, type Adherence } from '../../../shared/medication/adherence';
import { addDays } from '../../../shared/medication/days';
import type { LocalNow } from '../../../shared/medication/doses';
import { trackedFrom } from '../../../shared/medication/regimen';
import { formatWeekOf } from '../../../shared/time/format';
import { DateField } from '../../ui/DateField';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './medications.module.css';

function Cells({ a }: { a: Adherence }) {
  const reasons = skipReasonsText(a);
  return (
    <>
      <Cell>
        {a.taken} of {a.logged}
      </Cell>
      <Cell numeric>{percent(a.rate)}</Cell>
      <Cell numeric>{a.notLogged}</Cell>
      <Cell>
        {a.skipped}
        {reasons && <span className="muted"> ({reasons})</span>}
      </Cell>
      <Cell numeric>{a.asNeeded}</Cell>
    </>
  );
}

// The rate is over logged doses; a dose with no answer is "not logged", never "missed" (CLINICAL.md).
const HEAD = ['Taken of logged', 'Rate (of logged)', 'Not logged', 'Skipped', 'As needed'];
/** Columns of plain figures, right-aligned (Cells marks the same ones). */
const NUMERIC = new Set(['Rate (of logged)', 'Not logged', 'As needed']);

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
    <Table caption="Adherence by week (today’s doses still to come are not counted yet)" className={styles.table}>
      <HeadRow first="Week" />
      <TableBody>
        {rows.map((w) => (
          <Row key={w.week}>
            <Cell>{formatWeekOf(w.from)}</Cell>
            <Cells a={w} />
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

/** The column headings both adherence tables share. */
function HeadRow({ first }: { first: string }) {
  return (
    <TableHeader>
      <Column isRowHeader>{first}</Column>
      {HEAD.map((h) => (
        <Column key={h} numeric={NUMERIC.has(h)}>
          {h}
        </Column>
      ))}
    </TableHeader>
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
      <div className={styles.row}>
        <DateField label="From" value={from} onChange={setFrom} />
        {/* The range's problem sits on the end date: it is the one to move to see the days before it. */}
        <DateField label="To" value={to} onChange={setTo} errorMessage={valid ? undefined : 'Choose a start date on or before the end date.'} />
      </div>
      {valid && rows.length === 0 && <p className="muted">No doses were due in this period.</p>}
      {rows.length > 0 && (
        <Table caption="Adherence for the chosen period" hideCaption className={styles.table}>
          <HeadRow first="Medication" />
          <TableBody>
            {rows.map(({ med, a }) => (
              <Row key={med.id}>
                <Cell>{med.name}</Cell>
                <Cells a={a} />
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
