import { useMemo } from 'react';
import { importedShare } from '../../../shared/domain/import-provenance';
import { aggregate, type Resolution } from '../../../shared/insights/aggregate';
import { inRange, medicationMarkers, sessionMarkers } from '../../../shared/insights/events';
import type { DayRange } from '../../../shared/insights/period';
import { dailySeries, dailyWithRolling, type Measure } from '../../../shared/insights/series';
import { chartedMeasures, measureUnitWords } from '../../../shared/domain/checkin-measures';
import { measuresSummary } from '../../../shared/insights/summary';
import { daysBetween } from '../../../shared/medication/days';
import { ChartPanel } from './ChartPanel';
import { periodLabel, RESOLUTION_NOTE, type ChartSeries } from './model';
import type { InsightsData } from './useInsightsData';

/** The charted check-in measures, from the one table: ratings on the left axis, hours on the right. */
const MEASURES: readonly { key: Measure; name: string; unit: string; axis: 'y' | 'y2' }[] = chartedMeasures().map((m) => ({
  key: m.key,
  name: m.label,
  unit: measureUnitWords(m),
  axis: m.scale === 'hours' ? 'y2' : 'y',
}));

const WORD: Record<Resolution, string> = { day: 'daily', week: 'weekly', month: 'monthly' };

/** Mood, anxiety, energy and sleep from check-ins, with medication and therapy events marked. */
export function FeelingsView({ data, range, resolution }: { data: InsightsData; range: DayRange; resolution: Resolution }) {
  const { checkins, medications, sessions } = data;
  const computed = useMemo(() => {
    // The 7-day average is drawn only day by day; weekly and monthly points are means of the daily values.
    const perMeasure = MEASURES.map((m) => ({
      ...m,
      ...(resolution === 'day'
        ? dailyWithRolling(checkins, m.key, range.from, range.to)
        : { daily: dailySeries(checkins, m.key, range.from, range.to), rolling: [] }),
    }));
    const series: ChartSeries[] = perMeasure.flatMap((m, i): ChartSeries[] =>
      resolution === 'day'
        ? [
            { label: m.name, points: m.daily, style: i, draw: 'points', axis: m.axis },
            { label: `${m.name}, 7-day average`, points: m.rolling, style: i, draw: 'line', axis: m.axis },
          ]
        : [
            {
              label: `${m.name} (${WORD[resolution]} average)`,
              points: aggregate(m.daily, resolution).map((b) => ({ day: b.start, value: b.mean })),
              style: i,
              draw: 'both',
              axis: m.axis,
            },
          ],
    );
    const summary = measuresSummary(
      daysBetween(range.from, range.to) + 1,
      perMeasure.map((m) => ({ name: m.name.toLowerCase(), unit: m.unit, daily: m.daily })),
    );
    const markers = [...medicationMarkers(medications), ...sessionMarkers(sessions)].filter(inRange(range.from, range.to));
    const imported = importedShare(checkins.filter((c) => c.date >= range.from && c.date <= range.to), { one: 'check-in', many: 'check-ins' });
    return { series, summary, markers, imported };
  }, [checkins, medications, sessions, range, resolution]);

  return (
    <ChartPanel
      title="Mood, anxiety, energy and sleep"
      summary={computed.summary}
      note={[
        resolution === 'day' ? 'Dots are daily check-ins; lines are 7-day averages (shown once at least 4 of the 7 days have a rating).' : RESOLUTION_NOTE[resolution],
        computed.imported,
      ]
        .filter(Boolean)
        .join(' ')}
      series={computed.series}
      markers={computed.markers}
      range={range}
      y={{ min: 0, max: 10, title: 'Rating (0–10)', step: 2 }}
      y2={{ min: 0, max: 14, title: 'Sleep (hours)', step: 2 }}
      rowLabel={periodLabel(resolution)}
    />
  );
}
