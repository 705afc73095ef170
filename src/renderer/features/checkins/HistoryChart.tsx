import type { Questionnaire } from '../../../shared/clinical/questionnaires';
import { addDays } from '../../../shared/medication/days';
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart';
import type { AssessmentEntry } from './useHistory';
import styles from './checkins.module.css';

interface Props {
  q: Questionnaire;
  entries: readonly AssessmentEntry[];
  /** The one-sentence summary doubles as the canvas's text alternative. */
  summary: string;
}

/** A few days either side, so a single score still gets a readable date axis. */
const PAD_DAYS = 3;
const ignore = () => {};

/** Totals over time on the questionnaire's bands. Incomplete takings have no total, so no point. */
export function HistoryChart({ q, entries, summary }: Props) {
  const points = entries.flatMap((e) => (e.score.complete ? [{ day: e.taken.date, value: e.score.total }] : []));
  const first = points[0]?.day;
  const last = points.at(-1)?.day;
  if (!first || !last) return null;
  return (
    <TimeSeriesChart
      className={styles.historyChart}
      series={[{ label: `${q.name} total`, points, style: 0, draw: 'both' }]}
      markers={[]}
      range={{ from: addDays(first, -PAD_DAYS), to: addDays(last, PAD_DAYS) }}
      y={{ min: 0, max: q.maxTotal, title: 'Total', step: 5 }}
      bands={q.bands}
      summary={summary}
      highlighted={null}
      onHighlight={ignore}
      onPlotWidth={ignore}
    />
  );
}
