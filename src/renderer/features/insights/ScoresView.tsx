import { useMemo } from 'react';
import { historyOf, inPeriod, outcomesOf } from '../../../shared/clinical/outcomes';
import { QUESTIONNAIRE_LIST, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { historySummary } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { inRange, medicationMarkers } from '../../../shared/insights/events';
import type { DayRange } from '../../../shared/insights/period';
import { scoreReadings } from '../../../shared/insights/scores';
import { ChartPanel } from './ChartPanel';
import { periodLabel } from './model';
import type { InsightsData } from './useInsightsData';

/** One questionnaire's chart; `records` may hold every questionnaire's, it keeps its own kind. */
function ScoreChart({ q, records, data, range }: { q: Questionnaire; records: readonly AssessmentRecord[]; data: InsightsData; range: DayRange }) {
  const computed = useMemo(() => {
    const period = { from: range.from, to: range.to };
    // An unfinished questionnaire (a draft) is not a score yet.
    const finished = records.filter((r) => r.kind === q.kind && !r.draft);
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

/** Each registered questionnaire's totals on its severity bands. */
export function ScoresView({ data, range }: { data: InsightsData; range: DayRange }) {
  return (
    <>
      {QUESTIONNAIRE_LIST.map((q) => (
        <ScoreChart key={q.id} q={q} records={data.assessments} data={data} range={range} />
      ))}
    </>
  );
}
