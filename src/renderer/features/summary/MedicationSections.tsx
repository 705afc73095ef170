import { percent, skipReasonsText } from '../../../shared/medication/adherence';
import type { MedicationRow } from '../../../shared/summary/medications';
import type { SideEffectRow } from '../../../shared/summary/side-effects';
import { formatDay, mean, plural } from './format';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './summary.module.css';

export function MedicationsSection({ rows }: { rows: MedicationRow[] }) {
  return (
    <section aria-labelledby="sum-meds">
      <h2 id="sum-meds">Medications and changes</h2>
      {rows.length === 0 ? (
        <p>No medication recorded for this period.</p>
      ) : (
        <Table labelledBy="sum-meds" className={styles.table}>
          <TableHeader>
            <Column isRowHeader>Medication</Column>
            <Column>Now</Column>
            <Column>Changes in this period (reason given)</Column>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <Row key={row.id}>
                <Cell>
                  {row.name}
                  <span className={styles.sub}>{row.class}</span>
                </Cell>
                <Cell>
                  {row.current}
                  {row.takingSince ? <span className={styles.sub}>taking since {formatDay(row.takingSince)}</span> : null}
                  {row.doseSince && row.doseSince !== row.takingSince ? (
                    <span className={styles.sub}>this dose since {formatDay(row.doseSince)}</span>
                  ) : null}
                </Cell>
                <Cell>
                  {row.changes.length === 0 ? <span>No change</span> : null}
                  <ul className={styles.plain}>
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
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
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
        <Table labelledBy="sum-adherence" className={styles.table}>
          <TableHeader>
            <Column isRowHeader>Medication</Column>
            <Column>Taken of logged</Column>
            <Column>Rate (of logged)</Column>
            <Column>Not logged</Column>
            <Column>Skipped (reason)</Column>
            <Column>As needed taken</Column>
          </TableHeader>
          <TableBody>
            {counted.map(({ id, name, adherence: a, trackedFrom, asNeededPerWeek }) => (
              <Row key={id}>
                <Cell>
                  {name}
                  {trackedFrom ? <span className={styles.sub}>tracked since {formatDay(trackedFrom)}</span> : null}
                </Cell>
                <Cell>
                  taken {a.taken} of {a.logged} logged
                  {a.pending > 0 ? <span className={styles.sub}>{a.pending} still due today</span> : null}
                </Cell>
                <Cell>{percent(a.rate)}</Cell>
                <Cell>{a.notLogged}</Cell>
                <Cell>
                  {a.skipped}
                  {a.skipped > 0 ? <span className={styles.sub}>{skipReasonsText(a)}</span> : null}
                </Cell>
                <Cell>
                  {a.asNeeded}
                  {asNeededPerWeek !== null ? <span className={styles.sub}>about {mean(asNeededPerWeek)} a week</span> : null}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
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
        <Table labelledBy="sum-side" className={styles.table}>
          <TableHeader>
            <Column isRowHeader>Symptom</Column>
            <Column>Records</Column>
            <Column>Frequency / intensity / burden, 0–6 (highest)</Column>
            <Column>Began, relative to dose changes; how long</Column>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <Row key={row.key}>
                <Cell>
                  {row.symptom}
                  {row.medicationName ? <span className={styles.sub}>{row.medicationName}</span> : null}
                </Cell>
                <Cell>
                  {row.count}
                  <span className={styles.sub}>last {formatDay(row.lastReported)}</span>
                </Cell>
                <Cell>{ratingText(row)}</Cell>
                <Cell>
                  {formatDay(row.began)}: {onsetText(row)}
                  {courseText(row) ? <span className={styles.sub}>{courseText(row)}</span> : null}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
