import { useMemo } from 'react';
import { historyOf, inPeriod, outcomesOf } from '../../../shared/clinical/outcomes';
import { GAD7, PHQ9, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { historySummary } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { inRange, medicationMarkers } from '../../../shared/insights/events';
import type { DayRange } from '../../../shared/insights/period';
import { scoreReadings } from '../../../shared/insights/scores';
import { ChartPanel } from './ChartPanel';
import { periodLabel } from './model';
import type { InsightsData } from './useInsightsData';

function ScoreChart({ q, records, data, range }: { q: Questionnaire; records: readonly AssessmentRecord[]; data: InsightsData; range: DayRange }) {
  const computed = useMemo(() => {
    const period = { from: range.from, to: range.to };
    // An unfinished questionnaire (a draft) is not a score yet.
    const finished = records.filter((r) => !r.draft);
    const history = historyOf(q, finished);
    const summary = historySummary(q, history.filter(inPeriod(period)), outcomesOf(q, history, period));
    const readings = scoreReadings(q, finished).filter((r) => r.day >= range.from && r.day <= range.to);
    const markers = medicationMarkers(data.medications).filter(inRange(range.from, range.to));
    return { summary, readings, markers };
  }, [q, records, data.medications, range]);

  return (
    <ChartPanel
      title={`${q.name} (${q.topic}) totals`}
      summary={computed.summary}
      note={`Shaded bands show the ${q.name} severity ranges. Incomplete questionnaires have no total and are not drawn.`}
      series={[{ label: `${q.name} total`, points: computed.readings, style: 0, draw: 'both' }]}
      markers={computed.markers}
      range={range}
      y={{ min: 0, max: q.maxTotal, title: 'Total', step: 5 }}
      bands={q.bands}
      rowLabel={periodLabel('day')}
    />
  );
}

/** PHQ-9 and GAD-7 totals on their severity bands. */
export function ScoresView({ data, range }: { data: InsightsData; range: DayRange }) {
  return (
    <>
      <ScoreChart q={PHQ9} records={data.phq9} data={data} range={range} />
      <ScoreChart q={GAD7} records={data.gad7} data={data} range={range} />
    </>
  );
}
