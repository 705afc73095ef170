import { useMemo } from 'react';
import type { Resolution } from '../../../shared/insights/aggregate';
import { adherenceSeries } from '../../../shared/insights/adherence';
import { inRange, medicationMarkers } from '../../../shared/insights/events';
import type { DayRange } from '../../../shared/insights/period';
import { adherence, percent } from '../../../shared/medication/adherence';
import { ChartPanel } from './ChartPanel';
import { useLocalNow } from '../../app/clock';
import { periodLabel, type ChartSeries } from './model';
import type { InsightsData } from './useInsightsData';
import styles from './insights.module.css';

/** Percent of due doses taken, per medication per week (per month for long periods). */
export function AdherenceView({ data, range, resolution }: { data: InsightsData; range: DayRange; resolution: Resolution }) {
  const now = useLocalNow();
  const step: Resolution = resolution === 'month' ? 'month' : 'week';
  const computed = useMemo(() => {
    const rows = data.medications.map((med, i) => {
      const points = adherenceSeries(med, data.doses, range.from, range.to, step, now);
      const total = adherence(med, data.doses.filter((d) => d.medicationId === med.id), range.from, range.to, now);
      return { med, style: i, points, total };
    });
    const shown = rows.filter((r) => r.points.some((p) => p.percent !== null));
    const series: ChartSeries[] = shown.map((r) => ({
      label: r.med.name,
      points: r.points.map((p) => ({ day: p.start, value: p.percent })),
      style: r.style,
      draw: 'both',
    }));
    const parts = shown.map((r) => `${r.med.name} ${percent(r.total.rate)} (taken ${r.total.taken} of ${r.total.logged} logged, ${r.total.notLogged} not logged)`);
    const summary = parts.length
      ? `Doses taken in this period: ${parts.join('; ')}.`
      : 'No scheduled doses were due in this period.';
    const markers = medicationMarkers(data.medications).filter(inRange(range.from, range.to));
    return { series, summary, markers };
  }, [data.medications, data.doses, range, step, now]);

  if (data.medications.length === 0) {
    return <p className={styles.empty}>No medications yet. Add one on the Medications page (Ctrl+2) and log doses to see adherence here.</p>;
  }
  return (
    <ChartPanel
      title={`Adherence per medication, per ${step}`}
      summary={computed.summary}
      note="Percent of the logged doses that were taken; doses with no answer are not counted as missed. As-needed doses are never due, so they are not counted."
      series={computed.series}
      markers={computed.markers}
      range={range}
      y={{ min: 0, max: 100, title: 'Doses taken (%)', step: 20 }}
      rowLabel={periodLabel(step)}
    />
  );
}
