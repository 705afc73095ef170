import { Gauge } from 'lucide-react';
import { useMemo } from 'react';
import type { JournalMeasure } from '../../../shared/domain/own-measure';
import { measureRange } from '../../../shared/domain/own-measure';
import { aggregate, type Resolution } from '../../../shared/insights/aggregate';
import { inRange, medicationMarkers } from '../../../shared/insights/events';
import { chartedOwnMeasures, ownDaily, ownSummary } from '../../../shared/insights/own-measures';
import type { DayRange } from '../../../shared/insights/period';
import { EmptyState } from '../../ui/EmptyState';
import { Link } from '../../ui/Link';
import { ChartPanel } from './ChartPanel';
import { periodLabel, RESOLUTION_NOTE, type Axis, type ChartSeries } from './model';
import type { InsightsData } from './useInsightsData';

/** A round top for a number axis: 10, 20, 50, 100, 200, 500… above the largest value. */
function niceTop(largest: number): number {
  for (let top = 10; ; top *= 10) for (const f of [1, 2, 5]) if (f * top >= largest) return f * top;
}

function OwnChart({ m, data, range, resolution }: { m: JournalMeasure; data: InsightsData; range: DayRange; resolution: Resolution }) {
  const computed = useMemo(() => {
    const daily = ownDaily(data.checkins, m.id, range.from, range.to);
    const name = m.archivedAt ? `${m.name} (removed)` : m.name;
    let series: ChartSeries[];
    let y: Axis;
    let note: string;
    if (m.type === 'yesno') {
      // A single yes or no says little on a chart; the share of answered days per week (or month) does.
      const per = resolution === 'day' ? 'week' : resolution;
      const points = aggregate(daily, per).map((b) => ({ day: b.start, value: b.mean === null ? null : Math.round(b.mean * 100) }));
      series = [{ label: `${name}: share of days with yes (${per === 'week' ? 'weekly' : 'monthly'})`, points, style: 0, draw: 'both' }];
      y = { min: 0, max: 100, title: 'Days with yes (%)', step: 25 };
      note = `Each point is the share of answered days in that ${per} that were “yes”; days not answered are left out.`;
    } else {
      const points = resolution === 'day' ? daily : aggregate(daily, resolution).map((b) => ({ day: b.start, value: b.mean }));
      series = [{ label: resolution === 'day' ? name : `${name} (${resolution}ly average)`, points, style: 0, draw: resolution === 'day' ? 'points' : 'both' }];
      const largest = Math.max(0, ...daily.flatMap((p) => (p.value === null ? [] : [p.value])));
      y =
        m.type === 'rating'
          ? { min: 0, max: 10, title: `${name} (0–10)`, step: 2 }
          : { min: Math.min(0, measureRange(m).min), max: niceTop(largest), title: m.unit ? `${name} (${m.unit})` : name };
      note = resolution === 'day' ? 'Each dot is one day’s value.' : RESOLUTION_NOTE[resolution];
    }
    const markers = medicationMarkers(data.medications).filter(inRange(range.from, range.to));
    return { series, y, note, markers, summary: ownSummary({ ...m, name }, daily) };
  }, [m, data.checkins, data.medications, range, resolution]);

  return (
    <ChartPanel
      title={m.archivedAt ? `${m.name} (removed)` : m.name}
      summary={computed.summary}
      note={computed.note}
      series={computed.series}
      markers={computed.markers}
      range={range}
      y={computed.y}
      rowLabel={periodLabel(m.type === 'yesno' && resolution === 'day' ? 'week' : resolution)}
    />
  );
}

/** One chart per own measure (Settings → Measures), removed ones while they have values in the period. */
export function OwnMeasuresView({ data, range, resolution }: { data: InsightsData; range: DayRange; resolution: Resolution }) {
  const shown = useMemo(() => chartedOwnMeasures(data.measures, data.checkins, range.from, range.to), [data.measures, data.checkins, range]);
  if (shown.length === 0) {
    return (
      <EmptyState icon={<Gauge size={28} />} title="No measures of your own yet." action={<Link href="/settings/measures">Add a measure in Settings</Link>}>
        Track what matters to you, like “brain zaps”, “exercised” or “minutes outside”, in the daily check-in.
      </EmptyState>
    );
  }
  return (
    <>
      {shown.map((m) => (
        <OwnChart key={m.id} m={m} data={data} range={range} resolution={resolution} />
      ))}
    </>
  );
}
