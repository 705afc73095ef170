import type { OwnFigure, OwnMeasureRow } from '../../../shared/summary/own-measures';
import type { SummaryPeriod } from '../../../shared/summary/period';
import { mean, signed } from './format';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import { PreviousPeriodColumn } from './PreviousPeriodColumn';
import styles from './summary.module.css';

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
      <Table labelledBy="sum-own" className={styles.table}>
        <TableHeader>
          <Column isRowHeader>Measure</Column>
          <Column>This period</Column>
          <PreviousPeriodColumn period={previous} />
          <Column>Change</Column>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <Row key={row.id}>
              <Cell>{row.label}</Cell>
              <Cell>
                {figureText(row, row.current)}
                {row.type !== 'yesno' && <span className={styles.sub}>{row.current.days} days</span>}
              </Cell>
              <Cell>
                {figureText(row, row.previous)}
                {row.type !== 'yesno' && <span className={styles.sub}>{row.previous.days} days</span>}
              </Cell>
              <Cell>{changeText(row)}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
