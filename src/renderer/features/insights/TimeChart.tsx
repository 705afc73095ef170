import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ChartDataset, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { Marker } from '../../../shared/insights/events';
import type { DayRange } from '../../../shared/insights/period';
import { addDays } from '../../../shared/medication/days';
import { exposeChartData } from './chart-setup';
import { DASHES, MARKER_DASHES, POINT_STYLES, useInsightColors, withAlpha } from './colors';
import { dayToMs, type Axis, type Band, type ChartSeries } from './model';

interface Props {
  series: readonly ChartSeries[];
  markers: readonly Marker[];
  range: DayRange;
  y: Axis;
  y2?: Axis;
  bands?: readonly Band[];
  /** The one-sentence summary doubles as the canvas's text alternative. */
  summary: string;
  highlighted: string | null;
  onHighlight: (markerId: string | null) => void;
}

type Point = { x: number; y: number | null };

/** A time chart with vertical event markers; hovering a marker shows what happened. */
export function TimeChart({ series, markers, range, y, y2, bands = [], summary, highlighted, onHighlight }: Props) {
  const colors = useInsightColors();

  const data = useMemo(
    () => ({
      datasets: series.map((s): ChartDataset<'line', Point[]> => {
        const color = colors.series[s.style % colors.series.length] ?? colors.text;
        const points = s.points.flatMap((p) =>
          s.draw === 'points' && p.value === null ? [] : [{ x: dayToMs(p.day), y: p.value }],
        );
        return {
          label: s.label,
          data: points,
          yAxisID: s.axis ?? 'y',
          borderColor: color,
          backgroundColor: color,
          showLine: s.draw !== 'points',
          spanGaps: false,
          borderWidth: 2,
          borderDash: DASHES[s.style % DASHES.length],
          pointStyle: POINT_STYLES[s.style % POINT_STYLES.length],
          pointRadius: s.draw === 'line' ? 0 : 3.5,
          pointHoverRadius: s.draw === 'line' ? 3 : 6,
          tension: 0,
        };
      }),
    }),
    [series, colors],
  );

  const options = useMemo((): ChartOptions<'line'> => {
    const annotations: Record<string, AnnotationOptions> = {};
    bands.forEach((band, i) => {
      annotations[`band-${i}`] = {
        type: 'box',
        yMin: Math.max(y.min, band.min - 0.5),
        yMax: Math.min(y.max, band.max + 0.5),
        backgroundColor: withAlpha(colors.band, 0.05 + i * 0.05),
        borderWidth: 0,
        drawTime: 'beforeDatasetsDraw',
        label: { display: true, content: band.label, position: { x: 'end', y: 'center' }, color: colors.muted, font: { size: 11 } },
      };
    });
    for (const m of markers) {
      annotations[m.id] = {
        type: 'line',
        scaleID: 'x',
        value: dayToMs(m.day),
        borderColor: colors.marker[m.kind],
        borderWidth: highlighted === m.id ? 4 : 2,
        borderDash: MARKER_DASHES[m.kind],
        hitTolerance: 6,
        label: {
          display: highlighted === m.id,
          content: m.label,
          position: 'start',
          backgroundColor: colors.surface,
          color: colors.text,
          borderColor: colors.marker[m.kind],
          borderWidth: 1,
          font: { size: 12 },
        },
        enter: () => onHighlight(m.id),
        leave: () => onHighlight(null),
      };
    }
    const axis = (a: Axis, position: 'left' | 'right') => ({
      type: 'linear' as const,
      position,
      min: a.min,
      max: a.max,
      ticks: { color: colors.muted, stepSize: a.step, includeBounds: false },
      grid: { color: withAlpha(colors.grid, 0.6), drawOnChartArea: position === 'left' },
      title: { display: true, text: a.title, color: colors.muted },
    });
    return {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: {
          type: 'time',
          min: dayToMs(range.from),
          max: dayToMs(addDays(range.to, 1)),
          time: { minUnit: 'day', tooltipFormat: 'd MMM yyyy', displayFormats: { day: 'd MMM', week: 'd MMM', month: 'MMM yyyy', year: 'yyyy' } },
          ticks: { color: colors.muted, maxRotation: 0, autoSkip: true },
          grid: { color: withAlpha(colors.grid, 0.6) },
        },
        y: axis(y, 'left'),
        ...(y2 ? { y2: axis(y2, 'right') } : {}),
      },
      plugins: {
        legend: { labels: { color: colors.text, usePointStyle: true, boxHeight: 8 } },
        tooltip: { enabled: true },
        annotation: { annotations },
      },
    };
  }, [bands, markers, highlighted, onHighlight, colors, range, y, y2]);

  return (
    <div className="insights-chart">
      <Line role="img" aria-label={summary} data={data} options={options} plugins={[exposeChartData]} />
    </div>
  );
}
