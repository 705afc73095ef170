import { importedShare } from '../../../shared/domain/import-provenance';
import { QUESTIONNAIRE_NAMES } from '../../../shared/clinical/questionnaires';
import { MEASURE_LABELS, type CheckinDay, type MeasureRow } from '../../../shared/summary/checkins';
import type { SummaryPeriod } from '../../../shared/summary/period';
import type { ScorePoint, ScoreRow } from '../../../shared/summary/scores';
import { formatDay, mean, signed, yesNo } from './format';
import { MoodChart } from '../../ui/charts/MoodChart';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import { PreviousPeriodColumn } from './PreviousPeriodColumn';
import styles from './summary.module.css';

function Point({ p }: { p: ScorePoint | null }) {
  if (!p) return <>—</>;
  return (
    <>
      {p.total ?? 'incomplete'}
      {p.band ? ` ${p.band}` : ''}
      <span className={styles.sub}>{formatDay(p.date)}</span>
      {p.difficulty ? <span className={styles.sub}>difficulty: {p.difficulty.toLowerCase()} (not scored)</span> : null}
      {p.retake ? <span className={styles.sub}>repeat within 14 days</span> : null}
    </>
  );
}

const taking = (t: ScorePoint) =>
  `${t.total ?? 'incomplete'} on ${formatDay(t.date)}${t.retake ? ' (repeat within 14 days)' : ''}${t.difficulty ? ` (${t.difficulty.toLowerCase()})` : ''}`;

/** Response or remission: Yes/No from a baseline at caseness, else the reason (e.g. "Not applicable (baseline below 10)"). */
const outcome = (value: boolean | null, row: ScoreRow) => (value === null ? (row.change === null ? '—' : (row.note ?? '—')) : yesNo(value));

export function ScoresSection({ rows }: { rows: ScoreRow[] }) {
  return (
    <section aria-labelledby="sum-scores">
      <h2 id="sum-scores">{QUESTIONNAIRE_NAMES}</h2>
      <Table labelledBy="sum-scores" className={styles.table}>
        <TableHeader>
          <Column isRowHeader>Questionnaire</Column>
          <Column>Baseline</Column>
          <Column>Latest</Column>
          <Column>Change</Column>
          <Column>Response (≥ 50% fall)</Column>
          <Column>Remission (below 5)</Column>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <Row key={row.instrument}>
              <Cell>
                {row.instrument}
                <span className={styles.sub}>
                  {row.takings.length === 0 ? 'none in this period' : `all: ${row.takings.map(taking).join('; ')}`}
                </span>
              </Cell>
              <Cell>
                <Point p={row.baseline} />
                {row.baseline ? (
                  <span className={styles.sub}>
                    {row.baseline.source === 'marked' ? 'marked as start of treatment' : 'first in this period (not marked)'}
                  </span>
                ) : null}
              </Cell>
              <Cell>
                <Point p={row.latest} />
              </Cell>
              <Cell>
                {row.change === null ? (row.note ?? '—') : row.changeText}
                {row.reliableText ? <span className={styles.sub}>{row.reliableText}</span> : null}
              </Cell>
              <Cell>{outcome(row.response, row)}</Cell>
              <Cell>{outcome(row.remission, row)}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export function CheckinsSection({ rows, series, period, previous }: { rows: MeasureRow[]; series: CheckinDay[]; period: SummaryPeriod; previous: SummaryPeriod }) {
  const imported = importedShare(series, { one: 'day', many: 'days' });
  return (
    <section aria-labelledby="sum-checkins">
      <h2 id="sum-checkins">Mood, anxiety, sleep and energy</h2>
      {series.length === 0 ? (
        <p>No daily check-in in this period.</p>
      ) : (
        <div className={styles.checkins}>
          <Table labelledBy="sum-checkins" className={styles.table}>
            <TableHeader>
              <Column isRowHeader>Daily check-in</Column>
              <Column>Average this period</Column>
              <PreviousPeriodColumn period={previous} />
              <Column>Change</Column>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <Row key={row.measure}>
                  <Cell>{MEASURE_LABELS[row.measure]}</Cell>
                  <Cell>
                    {mean(row.current.mean)} <span className={styles.sub}>{row.current.days} days</span>
                  </Cell>
                  <Cell>
                    {mean(row.previous.mean)} <span className={styles.sub}>{row.previous.days} days</span>
                  </Cell>
                  <Cell>{signed(row.change)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <MoodChart series={series} period={period} />
        </div>
      )}
      {imported && <p className={styles.sub}>{imported}</p>}
    </section>
  );
}
