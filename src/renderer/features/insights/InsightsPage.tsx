import { useMemo, useState } from 'react';
import { QUESTIONNAIRE_NAMES } from '../../../shared/clinical/questionnaires';
import { useSearchParams } from 'react-router';
import { resolutionFor } from '../../../shared/insights/aggregate';
import { formatDay } from '../../../shared/insights/format';
import { presetRange, type DayRange, type PeriodChoice } from '../../../shared/insights/period';
import { useLocalNow } from '../../app/clock';
import { AdherenceView } from './AdherenceView';
import { FeelingsView } from './FeelingsView';
import { OwnMeasuresView } from './OwnMeasuresView';
import { PatternsView } from './PatternsView';
import { PeriodPicker } from './PeriodPicker';
import { ScoresView } from './ScoresView';
import { SideEffectsView } from './SideEffectsView';
import { SinceChangeView } from './SinceChangeView';
import { SmallWinsCard } from './SmallWinsCard';
import { TagsView } from './TagsView';
import { TherapyView } from './TherapyView';
import { useInsightsData } from './useInsightsData';
import { ViewTabs, type ViewDef } from './ViewTabs';
import { YearView } from './YearView';

const VIEWS: readonly ViewDef[] = [
  { id: 'feelings', label: 'Mood and sleep' },
  { id: 'own', label: 'Your measures' },
  { id: 'scores', label: QUESTIONNAIRE_NAMES },
  { id: 'adherence', label: 'Adherence' },
  { id: 'side-effects', label: 'Side effects' },
  { id: 'therapy', label: 'Therapy' },
  { id: 'since', label: 'Since the change' },
  { id: 'tags', label: 'Tags and triggers' },
  { id: 'patterns', label: 'Patterns' },
  { id: 'year', label: 'Year in pixels' },
];

/** Charts of how the person felt, set against medication and therapy; every chart has a table twin. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v.id === params.get('view'))?.id ?? 'feelings';
  const today = useLocalNow().day;
  const data = useInsightsData();
  const [choice, setChoice] = useState<PeriodChoice>('4w');
  const [custom, setCustom] = useState<DayRange>(() => presetRange('3m', today, null));
  const range = useMemo(
    () => (choice === 'custom' ? custom : presetRange(choice, today, data.earliest)),
    [choice, custom, today, data.earliest],
  );
  const resolution = resolutionFor(range.from, range.to);

  let content;
  if (view === 'scores') content = <ScoresView data={data} range={range} />;
  else if (view === 'adherence') content = <AdherenceView data={data} range={range} resolution={resolution} />;
  else if (view === 'side-effects') content = <SideEffectsView data={data} range={range} />;
  else if (view === 'therapy') content = <TherapyView data={data} range={range} />;
  else if (view === 'since') content = <SinceChangeView data={data} today={today} />;
  else if (view === 'tags') content = <TagsView data={data} range={range} />;
  else if (view === 'year') content = <YearView data={data} today={today} />;
  else if (view === 'own') content = <OwnMeasuresView data={data} range={range} resolution={resolution} />;
  else if (view === 'patterns') content = <PatternsView data={data} range={range} />;
  else content = <FeelingsView data={data} range={range} resolution={resolution} />;

  return (
    <section aria-labelledby="page-title" className="page" data-page="insights">
      <h1 id="page-title">Insights</h1>
      <p className="lead">
        Your check-ins, medications and therapy side by side. The charts describe what you recorded; they do not show what
        caused what.
      </p>
      <SmallWinsCard />
      <ViewTabs
        views={VIEWS}
        selected={view}
        onSelect={(id) => setParams({ view: id })}
        controls={
          view !== 'since' &&
          view !== 'year' && (
            <>
              <PeriodPicker choice={choice} custom={custom} onChoice={setChoice} onCustom={setCustom} />
              <p className="muted">
                Showing {formatDay(range.from)} to {formatDay(range.to)}.
              </p>
            </>
          )
        }
      >
        {/* The panel's own id is react-aria's; this one is the stable name specs and axe scans use. */}
        <div id="insights-panel">{content}</div>
      </ViewTabs>
    </section>
  );
}
