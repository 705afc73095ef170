import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { ChartDataset, ChartOptions, Plugin } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { MarkerGroup } from '../../../shared/insights/marker-groups';
import type { DayRange } from '../../../shared/insights/period';
import { addDays, daysBetween } from '../../../shared/medication/days';
import { formatInstant, type DateStyle } from '../../../shared/time/format';
import { exposeChartData } from './register';
import { DASHES, MARKER_DASHES, POINT_STYLES, useChartTheme, withAlpha } from './theme';
import { dayToMs, type Axis, type Band, type ChartSeries } from './series';

interface Props {
  series: readonly ChartSeries[];
  /** Markers already combined for this chart's width (ChartPanel does that). */
  markers: readonly MarkerGroup[];
  range: DayRange;
  y: Axis;
  y2?: Axis;
  bands?: readonly Band[];
  /** The one-sentence summary doubles as the canvas's text alternative. */
  summary: string;
  highlighted: string | null;
  onHighlight: (markerId: string | null) => void;
  /** Told the plot area's width in pixels after each layout, so markers can be combined for it. */
  onPlotWidth: (width: number) => void;
  /** The sizing box's class (the page's CSS gives it a height; chart.js fills it). */
  className?: string;
}

type Point = { x: number; y: number | null };

/** The axis steps in days, months or years by the period's length, and labels them through Intl like every other date. */
function axisUnit(range: DayRange): { unit: 'day' | 'month' | 'year'; style: DateStyle } {
  const days = daysBetween(range.from, range.to);
  if (days <= 92) return { unit: 'day', style: 'dayMonth' };
  if (days <= 3 * 366) return { unit: 'month', style: 'monthShort' };
  return { unit: 'year', style: 'year' };
}

/** A time chart with vertical event markers; hovering a marker shows what happened. */
export function TimeSeriesChart({ series, markers, range, y, y2, bands = [], summary, highlighted, onHighlight, onPlotWidth, className = 'insights-chart' }: Props) {
  const colors = useChartTheme();
  // Stable while onPlotWidth is (ChartPanel passes a state setter), so the chart keeps its plugins.
  const plugins = useMemo((): Plugin<'line'>[] => {
    const reportWidth: Plugin<'line'> = {
      id: 'cairnPlotWidth',
      afterLayout: (chart) => onPlotWidth(Math.round(chart.chartArea.width)),
    };
    return [exposeChartData, reportWidth];
  }, [onPlotWidth]);

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
    for (const g of markers) {
      const on = highlighted === g.id;
      const events = { enter: () => onHighlight(g.id), leave: () => onHighlight(null) };
      // Read back by exposeChartData, so tests can check what was drawn against what is stored.
      const about = { cairnLane: g.lane, cairnCount: g.members.length };
      const label = {
        display: on,
        content: g.label.split('; '),
        backgroundColor: colors.surface,
        color: colors.text,
        borderColor: colors.marker[g.kind],
        borderWidth: 1,
        font: { size: 12 },
      };
      if (g.lane === 'therapy' && g.members.length > 1) {
        // Sessions too close to draw apart: a band along the bottom of the chart, its count in the label and the list.
        annotations[g.id] = {
          type: 'box',
          xMin: dayToMs(g.from),
          xMax: dayToMs(addDays(g.to, 1)),
          yScaleID: 'y',
          yMin: y.min,
          yMax: y.min + (y.max - y.min) * 0.04,
          backgroundColor: withAlpha(colors.marker.session, on ? 0.8 : 0.45),
          borderWidth: 0,
          label: { ...label, position: { x: 'start', y: 'start' } },
          ...events,
          ...about,
        } as AnnotationOptions;
        continue;
      }
      annotations[g.id] = {
        type: 'line',
        scaleID: 'x',
        value: dayToMs(g.from),
        borderColor: colors.marker[g.kind],
        borderWidth: on ? 4 : g.members.length > 1 ? 3 : 2,
        borderDash: MARKER_DASHES[g.kind],
        hitTolerance: 6,
        label: { ...label, position: 'start' },
        ...events,
        ...about,
      } as AnnotationOptions;
    }
    const axis = axisUnit(range);
    const yAxis = (a: Axis, position: 'left' | 'right') => ({
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
          time: { unit: axis.unit },
          ticks: { color: colors.muted, maxRotation: 0, autoSkip: true, callback: (value) => formatInstant(Number(value), axis.style) },
          grid: { color: withAlpha(colors.grid, 0.6) },
        },
        y: yAxis(y, 'left'),
        ...(y2 ? { y2: yAxis(y2, 'right') } : {}),
      },
      plugins: {
        legend: { labels: { color: colors.text, usePointStyle: true, boxHeight: 8 } },
        tooltip: { enabled: true, callbacks: { title: (items) => (items[0] ? formatInstant(items[0].parsed.x ?? 0, 'date') : '') } },
        annotation: { annotations },
      },
    };
  }, [bands, markers, highlighted, onHighlight, colors, range, y, y2]);

  return (
    <div className={className}>
      <Line role="img" aria-label={summary} data={data} options={options} plugins={plugins} />
    </div>
  );
}
