import { memo, useCallback, useMemo, useState } from 'react';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import type { JournalMeasure } from '../../../shared/domain/own-measure';
import { MIN_WORD, searchedWords, tokenize } from '../../../shared/journal/search';
import { collectTags } from '../../../shared/journal/tags';
import { buildTimeline } from '../../../shared/journal/timeline';
import { JournalFilters, type Filters } from './JournalFilters';
import { Timeline } from './Timeline';
import { TimelineStatus } from './TimelineStatus';
import { useJournalSearch } from './useJournalSearch';

interface Props {
  entries: readonly JournalEntry[];
  checkins: readonly JournalCheckin[];
  measures: readonly JournalMeasure[];
  /** Where the filters are kept while the month or a day is shown instead (the page holds it), so the list comes back as it was left. */
  kept: { filters: Filters };
  onEditEntry: (entry: JournalEntry) => void;
  onDeleteEntry: (entry: JournalEntry) => void;
  onEditCheckin: (day: string) => void;
  onDeleteCheckin: (checkin: JournalCheckin) => void;
}

/** What the status line adds while a query has words too short to search for. */
export function shortWordsNote(query: string): string {
  const words = tokenize(query);
  const searched = searchedWords(query);
  if (query.trim() && searched.length === 0) return `Type ${MIN_WORD === 2 ? 'two' : MIN_WORD} or more letters to search.`;
  return words.length > searched.length ? 'One-letter words are not searched.' : '';
}

/**
 * The search, the filters and the timeline they narrow. The filters' state
 * lives here, not in the page: a keystroke re-renders this part only, not
 * the page's header, buttons and dialogs (the profile showed the whole page
 * re-rendered on every keystroke when the state lived there).
 */
export const JournalListing = memo(function JournalListing({ entries, checkins, measures, kept, ...handlers }: Props) {
  const [filters, setFilters] = useState<Filters>(() => kept.filters);
  const onChange = useCallback(
    (change: Partial<Filters>) =>
      setFilters((f) => {
        kept.filters = { ...f, ...change };
        return kept.filters;
      }),
    [kept],
  );
  // Searched in the keystroke's own render, not deferred (useDeferredValue): a deferred render came in later
  // frames, so the results appeared later. At ten years, a median key of 12-17 ms and a worst of 42-47 ms
  // against 21-28 ms and 54-73 ms deferred (docs/performance.md, "The journal's search in the keystroke's own render").
  const query = filters.query;
  const hits = useJournalSearch(entries, checkins, query, measures);
  const rangeProblem = filters.from && filters.to && filters.from > filters.to ? 'The start date is after the end date.' : '';
  const groups = useMemo(
    () =>
      buildTimeline(checkins, entries, {
        tag: filters.tag || undefined,
        from: rangeProblem ? undefined : filters.from || undefined,
        to: rangeProblem ? undefined : filters.to || undefined,
        only: hits ?? undefined,
      }),
    [checkins, entries, filters.tag, filters.from, filters.to, rangeProblem, hits],
  );
  const tags = useMemo(() => collectTags([...entries, ...checkins]), [entries, checkins]);

  return (
    <>
      <JournalFilters
        filters={filters}
        tags={tags}
        onChange={onChange}
        problem={rangeProblem}
        status={<TimelineStatus groups={groups} searching={hits !== null} note={shortWordsNote(query)} />}
      />
      {groups.length > 0 && <Timeline groups={groups} hits={hits} {...handlers} />}
    </>
  );
});
