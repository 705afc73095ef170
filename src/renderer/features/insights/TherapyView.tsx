import { useMemo } from 'react';
import { inRange, sessionMarkers } from '../../../shared/insights/events';
import { formatValue } from '../../../shared/insights/format';
import type { DayRange } from '../../../shared/insights/period';
import { mean } from '../../../shared/insights/series';
import { goalTrend } from '../../../shared/therapy/goal-trend';
import { ChartPanel } from './ChartPanel';
import { periodLabel, type ChartSeries } from './model';
import { ThinkingTrapsPanel } from './ThinkingTrapsPanel';
import type { InsightsData } from './useInsightsData';

const inside = (range: DayRange) => (d: { date: string }) => d.date >= range.from && d.date <= range.to;

/** Goal progress lines, and SUDS before and after each day's exposures. */
export function TherapyView({ data, range }: { data: InsightsData; range: DayRange }) {
  const goals = useMemo(() => {
    const withCheckIns = data.goals
      .map((g) => ({ goal: g, checkIns: g.checkIns.filter(inside(range)).sort((a, b) => a.date.localeCompare(b.date)) }))
      .filter((g) => g.checkIns.length > 0);
    const series: ChartSeries[] = withCheckIns.map(({ goal, checkIns }, i) => ({
      label: goal.title,
      // The latest check-in of a day is that day's score.
      points: [...new Map(checkIns.map((c) => [c.date, c.score])).entries()].map(([day, value]) => ({ day, value })),
      style: i,
      draw: 'both',
    }));
    const parts = withCheckIns.map(({ goal, checkIns }) => {
      const t = goalTrend(checkIns);
      return t ? `“${goal.title}” from ${t.first.score} to ${t.latest.score} (${t.count} check-in${t.count === 1 ? '' : 's'})` : '';
    });
    const summary = parts.length ? `Goal progress in this period: ${parts.join('; ')}.` : 'No goal check-ins in this period.';
    return { series, summary };
  }, [data.goals, range]);

  const suds = useMemo(() => {
    const exposures = data.exposures.filter(inside(range));
    const days = [...new Set(exposures.map((e) => e.date))].sort();
    const dayMean = (day: string, pick: (e: (typeof exposures)[number]) => number) =>
      mean(exposures.filter((e) => e.date === day).map(pick));
    const series: ChartSeries[] = [
      { label: 'SUDS before', points: days.map((day) => ({ day, value: dayMean(day, (e) => e.sudsBefore) })), style: 1, draw: 'points' },
      { label: 'SUDS after', points: days.map((day) => ({ day, value: dayMean(day, (e) => e.sudsAfter) })), style: 0, draw: 'points' },
    ];
    const summary = exposures.length
      ? `${exposures.length} exposure${exposures.length === 1 ? '' : 's'} in this period: SUDS averaged ${formatValue(mean(exposures.map((e) => e.sudsBefore)))} before and ${formatValue(mean(exposures.map((e) => e.sudsAfter)))} after.`
      : 'No exposures logged in this period.';
    return { series, summary };
  }, [data.exposures, range]);

  const markers = useMemo(() => sessionMarkers(data.sessions).filter(inRange(range.from, range.to)), [data.sessions, range]);

  return (
    <>
      <ChartPanel
        title="Therapy goal progress"
        summary={goals.summary}
        note="Progress as you rated it (0–10) at each goal check-in; attended sessions are marked."
        series={goals.series}
        markers={markers}
        range={range}
        y={{ min: 0, max: 10, title: 'Progress (0–10)', step: 2 }}
        rowLabel={periodLabel('day')}
      />
      <ChartPanel
        title="Exposures: SUDS before and after"
        summary={suds.summary}
        note="Distress (SUDS, 0–100) before and after exposures; several on one day are averaged."
        series={suds.series}
        markers={markers}
        range={range}
        y={{ min: 0, max: 100, title: 'SUDS (0–100)', step: 20 }}
        rowLabel={periodLabel('day')}
      />
      <ThinkingTrapsPanel data={data} range={range} />
    </>
  );
}
