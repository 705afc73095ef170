import { useMemo } from 'react';
import { inRange, medicationMarkers } from '../../../shared/insights/events';
import { formatDay } from '../../../shared/insights/format';
import type { DayRange } from '../../../shared/insights/period';
import { ChartPanel } from './ChartPanel';
import { periodLabel, type ChartSeries } from './model';
import type { InsightsData } from './useInsightsData';

// Intensity 0–6 (FIBSER); records made before those ratings have only a 1–5 severity.
const level = (e: InsightsData['sideEffects'][number]) => e.intensity ?? e.severity ?? 0;

/** Side effects by severity over time, with the medication changes marked alongside. */
export function SideEffectsView({ data, range }: { data: InsightsData; range: DayRange }) {
  const computed = useMemo(() => {
    const effects = data.sideEffects.filter((e) => e.date >= range.from && e.date <= range.to);
    // One series per symptom (as first spelled); the worst rating counts when a symptom was logged twice in a day.
    const bySymptom = new Map<string, { label: string; byDay: Map<string, number> }>();
    for (const e of effects) {
      const key = e.symptom.toLowerCase();
      const entry = bySymptom.get(key) ?? { label: e.symptom, byDay: new Map<string, number>() };
      entry.byDay.set(e.date, Math.max(entry.byDay.get(e.date) ?? 0, level(e)));
      bySymptom.set(key, entry);
    }
    const series: ChartSeries[] = [...bySymptom.values()].map((s, i) => ({
      label: s.label,
      points: [...s.byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, value]) => ({ day, value })),
      style: i,
      draw: 'points',
    }));
    const worst = [...effects].sort((a, b) => level(b) - level(a) || a.date.localeCompare(b.date))[0];
    const counts = series.map((s) => `${s.label} ${s.points.length} day${s.points.length === 1 ? '' : 's'}`).join(', ');
    const summary = worst
      ? `${effects.length} side effect${effects.length === 1 ? '' : 's'} recorded in this period (${counts}); the highest rating was ${level(worst)} (${worst.symptom}, ${formatDay(worst.date)}).`
      : 'No side effects recorded in this period.';
    const markers = medicationMarkers(data.medications).filter(inRange(range.from, range.to));
    return { series, summary, markers };
  }, [data.sideEffects, data.medications, range]);

  return (
    <ChartPanel
      title="Side effects by severity"
      summary={computed.summary}
      note="Intensity from 0 (none) to 6 (intolerable); older records show their severity from 1 to 5. Dose changes are marked as vertical lines. Timing is shown, not cause."
      series={computed.series}
      markers={computed.markers}
      range={range}
      y={{ min: 0, max: 6, title: 'Intensity (0–6)', step: 1 }}
      rowLabel={periodLabel('day')}
    />
  );
}
