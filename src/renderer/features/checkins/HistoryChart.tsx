import { Chart as ChartJS, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip } from 'chart.js';
import annotationPlugin, { type AnnotationOptions } from 'chartjs-plugin-annotation';
import 'chartjs-adapter-date-fns';
import { Line } from 'react-chartjs-2';
import type { Questionnaire } from '../../../shared/clinical/questionnaires';
import type { AssessmentEntry } from './useHistory';
import { useChartColors, withAlpha } from './useChartColors';

// Only the parts this chart uses, so the bundle stays small.
ChartJS.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, annotationPlugin);

interface Props {
  q: Questionnaire;
  entries: readonly AssessmentEntry[];
  /** The one-sentence summary doubles as the canvas's text alternative. */
  summary: string;
}

/** Totals over time on the questionnaire's bands. Incomplete takings have no total, so no point. */
export function HistoryChart({ q, entries, summary }: Props) {
  const colors = useChartColors();
  const points = entries.flatMap((e) =>
    e.score.complete ? [{ x: new Date(`${e.taken.date}T00:00:00`).getTime(), y: e.score.total }] : [],
  );

  // A few days either side, so a single score still gets a readable date axis.
  const PAD = 3 * 86_400_000;
  const xs = points.map((p) => p.x);
  const xMin = xs.length ? Math.min(...xs) - PAD : undefined;
  const xMax = xs.length ? Math.max(...xs) + PAD : undefined;

  const bands: Record<string, AnnotationOptions> = Object.fromEntries(
    q.bands.map((band, i) => [
      `band-${i}`,
      {
        type: 'box',
        // Half a point either side so each integer total sits inside its own band.
        yMin: Math.max(0, band.min - 0.5),
        yMax: Math.min(q.maxTotal, band.max + 0.5),
        backgroundColor: withAlpha(colors.accent, 0.04 + i * 0.05),
        borderWidth: 0,
        drawTime: 'beforeDatasetsDraw',
        label: {
          display: true,
          content: band.label,
          position: { x: 'start', y: 'center' },
          color: colors.muted,
          font: { size: 11 },
        },
      } satisfies AnnotationOptions,
    ]),
  );

  return (
    <div className="history-chart">
      <Line
        role="img"
        aria-label={summary}
        data={{
          datasets: [
            {
              label: `${q.name} total`,
              data: points,
              borderColor: colors.accent,
              backgroundColor: colors.accent,
              pointRadius: 4,
              pointHoverRadius: 6,
              tension: 0,
            },
          ],
        }}
        options={{
          animation: false,
          maintainAspectRatio: false,
          scales: {
            x: {
              type: 'time',
              min: xMin,
              max: xMax,
              time: { minUnit: 'day', tooltipFormat: 'd MMM yyyy', displayFormats: { day: 'd MMM', week: 'd MMM', month: 'MMM yyyy' } },
              ticks: { color: colors.muted, maxRotation: 0, autoSkip: true },
              grid: { color: withAlpha(colors.grid, 0.5) },
            },
            y: {
              min: 0,
              max: q.maxTotal,
              ticks: { color: colors.muted, stepSize: 5, includeBounds: false },
              grid: { color: withAlpha(colors.grid, 0.5) },
              title: { display: true, text: 'Total', color: colors.muted },
            },
          },
          plugins: { annotation: { annotations: bands }, tooltip: { enabled: true } },
        }}
      />
    </div>
  );
}
