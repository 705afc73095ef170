import { useId, useMemo, useState } from 'react';
import { chartedMeasures, measureHeading, type MeasureKey } from '../../../shared/domain/checkin-measures';
import { PHQ9 } from '../../../shared/clinical/questionnaires';
import { beforeAfter, type Reading, type WindowStats } from '../../../shared/insights/before-after';
import { changeEvents } from '../../../shared/insights/events';
import { formatDay, formatValue } from '../../../shared/insights/format';
import { scoreReadings } from '../../../shared/insights/scores';
import { Select } from '../../ui/Select';
import type { InsightsData } from './useInsightsData';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './insights.module.css';

const CHECKIN_UNIT = ['check-in', 'check-ins'] as const;
const WEEK_CHOICES = [2, 4, 6, 8, 12].map((w) => ({ id: String(w), label: `${w} weeks` }));

const readingsOf = (checkins: InsightsData['checkins'], key: MeasureKey): Reading[] =>
  checkins.flatMap((c) => (c[key] === undefined ? [] : [{ day: c.date, value: c[key] }]));

function StatsCell({ stats, unit }: { stats: WindowStats; unit: readonly [string, string] }) {
  return (
    <Cell>
      <strong>{formatValue(stats.mean)}</strong>
      <span className="muted">
        {' '}
        ({stats.n} {unit[stats.n === 1 ? 0 : 1]} in {stats.days} day{stats.days === 1 ? '' : 's'})
      </span>
    </Cell>
  );
}

/** Averages for N weeks before and after one chosen event, with the sample sizes behind them. */
export function SinceChangeView({ data, today }: { data: InsightsData; today: string }) {
  const id = useId();
  const events = useMemo(() => changeEvents(data.medications, data.sessions, today).reverse(), [data.medications, data.sessions, today]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [weeks, setWeeks] = useState<number>(4);
  const event = events.find((e) => e.id === chosen) ?? events[0];
  const eventChoices = useMemo(() => events.map((e) => ({ id: e.id, label: `${formatDay(e.day)}: ${e.label}` })), [events]);

  const rows = useMemo(() => {
    if (!event) return [];
    const measures: { name: string; unit: readonly [string, string]; readings: Reading[] }[] = [
      ...chartedMeasures().map((m) => ({ name: measureHeading(m), unit: CHECKIN_UNIT, readings: readingsOf(data.checkins, m.key) })),
      { name: 'PHQ-9 total', unit: ['score', 'scores'], readings: scoreReadings(PHQ9, data.phq9) },
    ];
    return measures.map((m) => ({ ...m, ...beforeAfter(m.readings, event.day, weeks, today) }));
  }, [event, weeks, data.checkins, data.phq9, today]);

  if (!event) {
    return (
      <p className={styles.empty}>
        Nothing to compare around yet. Record a medication start or change on the Medications page (Ctrl+2), or an attended
        session on the Therapy page (Ctrl+3).
      </p>
    );
  }
  const first = rows[0];
  return (
    <section className={styles.panel} data-insights-panel aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Since the change</h3>
      <div className={styles.controls}>
        <Select label="Event" choices={eventChoices} value={event.id} onChange={setChosen} />
        <Select label="Weeks before and after" choices={WEEK_CHOICES} value={String(weeks)} onChange={(w) => setWeeks(Number(w))} />
      </div>
      <p className={styles.note}>
        These averages describe what was recorded before and after {formatDay(event.day)}. They are a description, not
        proof that the change caused any difference: sleep, life events, the season and other changes all play a part.
        The numbers can be a starting point for a conversation with your prescriber or therapist.
      </p>
      <Table caption={`Averages ${weeks} weeks before and after: ${event.label}`} className={styles.table}>
        <TableHeader>
          <Column isRowHeader>Measure</Column>
          <Column>Before ({first ? `${formatDay(first.before.from)} – ${formatDay(first.before.to)}` : ''})</Column>
          <Column>After ({first ? `${formatDay(first.after.from)} – ${formatDay(first.after.to)}` : ''})</Column>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <Row key={r.name}>
              <Cell>{r.name}</Cell>
              <StatsCell stats={r.before} unit={r.unit} />
              <StatsCell stats={r.after} unit={r.unit} />
            </Row>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
