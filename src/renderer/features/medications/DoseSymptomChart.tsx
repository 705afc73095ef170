import { useMemo } from 'react';
import { formatDay } from '../../../shared/clinical/summary';
import type { Medication } from '../../../shared/domain/medication';
import { doseAndSymptoms, FINISH_GROUPS, SYMPTOM_MAX } from '../../../shared/medication/discontinuation';
import { useRecords } from '../../db/useRecords';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';

const WIDTH = 640;
const LINE_HEIGHT = 60;
const ROW = 14;
const LABEL = 150;

/**
 * The dose step line through a taper or stop with the day's symptom ratings
 * (FINISH groups, 0–3) in rows under it, darker for higher. Shown beside each
 * other, never interpreted; a table carries the same numbers for screen readers.
 */
export function DoseSymptomChart({ med, today }: { med: Medication; today: string }) {
  const checkins = useRecords('journal.checkin');
  const days = useMemo(() => doseAndSymptoms(med, checkins, today), [med, checkins, today]);
  if (days.length === 0) return null;
  const rated = days.filter((d) => Object.keys(d.ratings).length > 0);
  const top = Math.max(...days.map((d) => d.dose ?? 0), 1);
  const step = (WIDTH - LABEL) / days.length;
  const x = (i: number) => LABEL + i * step;
  const y = (dose: number | null) => 4 + (LINE_HEIGHT - 8) * (1 - (dose ?? 0) / top);
  const line = days.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(d.dose).toFixed(1)} H${(x(i) + step).toFixed(1)}`).join(' ');
  const height = LINE_HEIGHT + FINISH_GROUPS.length * ROW + 4;

  return (
    <section aria-labelledby="meds-symptoms-title" className="meds-symptom-chart">
      <h3 id="meds-symptoms-title">Dose steps and symptoms</h3>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Dose per day from ${formatDay(days[0]!.day)} to ${formatDay(days.at(-1)!.day)}, with symptom ratings under it`}>
        <text x={0} y={LINE_HEIGHT / 2} className="chart-label">
          {med.unit} per day (up to {top})
        </text>
        <path d={line} fill="none" stroke="currentColor" strokeWidth={2} data-testid="dose-step-line" />
        {FINISH_GROUPS.map((g, row) => {
          const top = LINE_HEIGHT + row * ROW;
          return (
            <g key={g.key} data-group={g.key}>
              <text x={0} y={top + ROW - 3} className="chart-label">
                {g.label}
              </text>
              {days.map((d, i) => {
                const rating = d.ratings[g.key];
                return rating === undefined ? null : (
                  <rect key={d.day} x={x(i)} y={top + 1} width={Math.max(step - 1, 1)} height={ROW - 2} fill="currentColor" fillOpacity={0.15 + (0.85 * rating) / SYMPTOM_MAX} data-day={d.day} data-rating={rating} />
                );
              })}
            </g>
          );
        })}
      </svg>
      <Table caption="Symptom ratings (0 none to 3 severe) and the dose per day" hideCaption className="visually-hidden">
        <TableHeader>
          <Column isRowHeader>Day</Column>
          <Column>Dose per day</Column>
          {FINISH_GROUPS.map((g) => (
            <Column key={g.key}>
              {g.label}
            </Column>
          ))}
        </TableHeader>
        <TableBody>
          {rated.map((d) => (
            <Row key={d.day}>
              <Cell>{formatDay(d.day)}</Cell>
              <Cell>{d.dose === null ? 'none' : `${d.dose} ${med.unit}`}</Cell>
              {FINISH_GROUPS.map((g) => (
                <Cell key={g.key}>{d.ratings[g.key] ?? 'not rated'}</Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
