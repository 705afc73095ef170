import { formatDay } from '../../../shared/clinical/summary';
import type { SymptomSummary } from '../../../shared/summary/symptoms';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './summary.module.css';

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
        <Table labelledBy="sum-symptoms" className={styles.table}>
          <TableHeader>
            <Column isRowHeader>Group</Column>
            <Column>Days rated</Column>
            <Column>Average</Column>
            <Column>Highest</Column>
          </TableHeader>
          <TableBody>
            {symptoms.rows.map((row) => (
              <Row key={row.key}>
                <Cell>{row.label}</Cell>
                <Cell>{row.days}</Cell>
                <Cell>{row.average ?? '–'}</Cell>
                <Cell>{row.highest === null ? '–' : `${row.highest} on ${formatDay(row.highestOn!)}`}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
