import { useId } from 'react';
import type { Medication } from '../../../shared/domain/medication';
import { describeStep, totalText } from '../../../shared/medication/describe';
import { regimenLayout, type Box } from '../../../shared/medication/regimen-layout';
import { isDoseStep, isPlanned, sortedSteps } from '../../../shared/medication/regimen';
import { formatDate } from '../../../shared/time/format';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './medications.module.css';

const BOX: Box = { width: 640, height: 120, left: 8, pad: 8 };
const AXIS = 18;

/**
 * The regimen as a picture: one step line of the daily total, what happened
 * solid, plans dashed, today marked. Its table twin lists every step with the
 * same numbers, for exactness and for screen readers (DESIGN.md principle 3).
 */
export function RegimenTimeline({ med, today }: { med: Medication; today: string }) {
  const id = useId();
  const layout = regimenLayout(med, today, BOX);
  if (!layout) return null;
  const steps = sortedSteps(med);
  const planned = layout.runs.some((r) => r.planned);
  const unitPerDay = `${med.unit}/day`;

  return (
    <section aria-labelledby={`${id}-title`} className="meds-regimen">
      <h2 id={`${id}-title`}>Regimen over time</h2>
      <figure className={styles.regimenFigure}>
        <svg viewBox={`0 0 ${BOX.width} ${BOX.height + AXIS}`} aria-hidden="true" className={styles.regimenSvg}>
          <line x1={BOX.left} x2={BOX.width - BOX.pad} y1={BOX.height - BOX.pad} y2={BOX.height - BOX.pad} className={styles.regimenAxis} />
          {layout.todayX !== null && <line x1={layout.todayX} x2={layout.todayX} y1={0} y2={BOX.height} className={styles.regimenToday} />}
          <path d={layout.recordedPath} className={styles.regimenLine} data-testid="regimen-recorded" />
          {layout.plannedPath && <path d={layout.plannedPath} className={`${styles.regimenLine} ${styles.regimenPlanned}`} data-testid="regimen-planned" />}
          {layout.runs.map((r) => (
            <circle key={`${r.from}${r.daily}`} cx={r.x1} cy={r.y} r={3} className={r.planned ? `${styles.regimenDot} ${styles.regimenPlanned}` : styles.regimenDot} />
          ))}
          <text x={BOX.left} y={BOX.height + AXIS - 4} className={styles.regimenLabel}>
            {formatDate(layout.start)}
          </text>
          <text x={BOX.width - BOX.pad} y={BOX.height + AXIS - 4} textAnchor="end" className={styles.regimenLabel}>
            {formatDate(layout.end)}
          </text>
        </svg>
        <figcaption className="muted">
          Daily total, up to {layout.top} {unitPerDay}
          {layout.todayX !== null ? '; the upright line is today' : ''}
          {planned ? '; dashed steps are planned, not confirmed yet' : ''}.
        </figcaption>
      </figure>
      <Table caption={`Every step of ${med.name}, oldest first`} className={styles.table}>
        <TableHeader>
          <Column isRowHeader>Date</Column>
          <Column>Step</Column>
          <Column>Per day</Column>
        </TableHeader>
        <TableBody>
          {steps.map((s) => (
            <Row key={s.id} className={isPlanned(s) ? styles.regimenRowPlanned : undefined}>
              <Cell>{formatDate(s.date)}</Cell>
              <Cell>{describeStep(s, med)}</Cell>
              <Cell>{isDoseStep(s) ? (totalText(s.amount, s.schedule, med) ?? 'as needed') : `0 ${unitPerDay}`}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
