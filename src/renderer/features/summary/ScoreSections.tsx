import { importedShare } from '../../../shared/domain/import-provenance';
import { QUESTIONNAIRE_NAMES } from '../../../shared/clinical/questionnaires';
import { MEASURE_LABELS, type CheckinDay, type MeasureRow } from '../../../shared/summary/checkins';
import type { SummaryPeriod } from '../../../shared/summary/period';
import type { ScorePoint, ScoreRow } from '../../../shared/summary/scores';
import { formatDay, mean, signed, yesNo } from './format';
import { MoodChart } from '../../ui/charts/MoodChart';

function Point({ p }: { p: ScorePoint | null }) {
  if (!p) return <>—</>;
  return (
    <>
      {p.total ?? 'incomplete'}
      {p.band ? ` ${p.band}` : ''}
      <span className="summary-sub">{formatDay(p.date)}</span>
      {p.difficulty ? <span className="summary-sub">difficulty: {p.difficulty.toLowerCase()} (not scored)</span> : null}
      {p.retake ? <span className="summary-sub">repeat within 14 days</span> : null}
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
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">Questionnaire</th>
            <th scope="col">Baseline</th>
            <th scope="col">Latest</th>
            <th scope="col">Change</th>
            <th scope="col">Response (≥ 50% fall)</th>
            <th scope="col">Remission (below 5)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.instrument}>
              <th scope="row">
                {row.instrument}
                <span className="summary-sub">
                  {row.takings.length === 0 ? 'none in this period' : `all: ${row.takings.map(taking).join('; ')}`}
                </span>
              </th>
              <td>
                <Point p={row.baseline} />
                {row.baseline ? (
                  <span className="summary-sub">
                    {row.baseline.source === 'marked' ? 'marked as start of treatment' : 'first in this period (not marked)'}
                  </span>
                ) : null}
              </td>
              <td>
                <Point p={row.latest} />
              </td>
              <td>
                {row.change === null ? (row.note ?? '—') : row.changeText}
                {row.reliableText ? <span className="summary-sub">{row.reliableText}</span> : null}
              </td>
              <td>{outcome(row.response, row)}</td>
              <td>{outcome(row.remission, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
        <div className="summary-checkins">
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Daily check-in</th>
                <th scope="col">Average this period</th>
                <th scope="col">
                  Previous period
                  <span className="summary-sub">
                    {formatDay(previous.from)} – {formatDay(previous.to)}
                  </span>
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.measure}>
                  <th scope="row">{MEASURE_LABELS[row.measure]}</th>
                  <td>
                    {mean(row.current.mean)} <span className="summary-sub">{row.current.days} days</span>
                  </td>
                  <td>
                    {mean(row.previous.mean)} <span className="summary-sub">{row.previous.days} days</span>
                  </td>
                  <td>{signed(row.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoodChart series={series} period={period} />
        </div>
      )}
      {imported && <p className="summary-sub">{imported}</p>}
    </section>
  );
}
