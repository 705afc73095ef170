import { useCallback, useId, useMemo, useState } from 'react';
import type { Marker } from '../../../shared/insights/events';
import { groupMarkers, linearScale } from '../../../shared/insights/marker-groups';
import type { DayRange } from '../../../shared/insights/period';
import { addDays } from '../../../shared/medication/days';
import { DataTable } from './DataTable';
import { MarkerList } from './MarkerList';
import { dayToMs, type Axis, type Band, type ChartSeries } from '../../ui/charts/series';
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart';
import { Button } from '../../ui/Button';
import styles from './insights.module.css';

interface Props {
  title: string;
  summary: string;
  series: readonly ChartSeries[];
  markers?: readonly Marker[];
  range: DayRange;
  y: Axis;
  y2?: Axis;
  bands?: readonly Band[];
  /** How a table row names its day, week or month. */
  rowLabel: (day: string) => string;
  note?: string;
}

/**
 * One chart and its accessible twin: a one-sentence summary, the list of
 * events marked on it, and the same numbers as a table behind a toggle.
 */
export function ChartPanel({ title, summary, series, markers = [], range, y, y2, bands, rowLabel, note }: Props) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const onHighlight = useCallback((markerId: string | null) => setHighlighted(markerId), []);
  // Until the chart has laid itself out, assume a narrow plot: that combines more, never less.
  const [plotWidth, setPlotWidth] = useState(0);
  const groups = useMemo(
    () => groupMarkers(markers, linearScale(dayToMs(range.from), dayToMs(addDays(range.to, 1)), plotWidth || 400, dayToMs)),
    [markers, range, plotWidth],
  );
  const current = groups.find((m) => m.id === highlighted);

  return (
    <section className={styles.panel} data-insights-panel aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className={styles.summary}>{summary}</p>
      {note && <p className="muted">{note}</p>}
      <TimeSeriesChart
        className={styles.chart}
        series={series}
        markers={groups}
        range={range}
        y={y}
        y2={y2}
        bands={bands}
        summary={summary}
        highlighted={highlighted}
        onHighlight={onHighlight}
        onPlotWidth={setPlotWidth}
      />
      <p className={styles.markerReadout} role="status">
        {current ? `Marker: ${current.label}` : ''}
      </p>
      {groups.length > 0 && <MarkerList markers={groups} highlighted={highlighted} onHighlight={onHighlight} />}
      <Button
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onPress={() => setShowTable((shown) => !shown)}
      >
        {showTable ? 'Hide data table' : 'Show data table'}
      </Button>
      <div id={`${id}-table`} hidden={!showTable}>
        {showTable && <DataTable caption={title} series={series} rowLabel={rowLabel} />}
      </div>
    </section>
  );
}
