import { useId, useMemo } from 'react';
import { formatValue } from '../../../shared/insights/format';
import type { DayRange } from '../../../shared/insights/period';
import { tagMoodTable } from '../../../shared/insights/tags';
import type { InsightsData } from './useInsightsData';
import { formatCount, regular } from '../../../shared/time/count';

const DAY = regular('day');

/** How often each tag and trigger appeared, and the average mood on days with and without it. */
export function TagsView({ data, range }: { data: InsightsData; range: DayRange }) {
  const id = useId();
  const rows = useMemo(() => tagMoodTable(data.checkins, data.entries, range.from, range.to), [data.checkins, data.entries, range]);

  if (rows.length === 0) {
    return (
      <p className="insights-empty">
        No tags or triggers in this period. Add them to a daily check-in or a journal entry (Journal, Ctrl+1) and they will be
        counted here.
      </p>
    );
  }
  const top = rows[0];
  return (
    <section className="insights-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Tags and triggers</h3>
      <p className="insights-summary">
        {rows.length === 1 ? 'One tag or trigger appeared' : `${rows.length} different tags and triggers appeared`} in this
        period; the most frequent was “{top?.label}” on{' '}
        {top?.days} day{top?.days === 1 ? '' : 's'}. Averages describe the days; they do not show that a tag changed the mood.
      </p>
      <table className="insights-table">
        <caption>Tags and triggers with the average check-in mood (0–10)</caption>
        <thead>
          <tr>
            <th scope="col">Tag or trigger</th>
            <th scope="col">Kind</th>
            <th scope="col">Days</th>
            <th scope="col">Mood on days with it</th>
            <th scope="col">Mood on other days</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}:${r.label}`}>
              <th scope="row">{r.label}</th>
              <td>{r.kind === 'tag' ? 'Tag' : 'Trigger'}</td>
              <td>{r.days}</td>
              <td>
                {formatValue(r.moodWith)} <span className="muted">({formatCount(r.nWith, DAY)} rated)</span>
              </td>
              <td>
                {formatValue(r.moodWithout)} <span className="muted">({formatCount(r.nWithout, DAY)} rated)</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
