import { useEffect, useMemo, useState } from 'react';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import type { JournalMeasure } from '../../../shared/domain/own-measure';
import { JournalSearch, searchedWords, type SearchHits } from '../../../shared/journal/search';
import { whenIdle } from '../../app/when-idle';

const NO_MEASURES: readonly JournalMeasure[] = [];

/** Records indexed per idle slice: a few milliseconds each on a slow machine. */
const SLICE = 60;

/**
 * Search hits for the query, or null without a word to search for (searchedWords). The index lives in memory
 * with this component (gone when the vault locks). It is filled in idle slices
 * after the page opens, so the first keystroke does not wait for ten years of
 * entries; a search before it is done finishes the rest at once.
 */
export function useJournalSearch(
  entries: readonly JournalEntry[],
  checkins: readonly JournalCheckin[],
  query: string,
  measures: readonly JournalMeasure[] = NO_MEASURES,
): SearchHits | null {
  const [search] = useState(() => new JournalSearch());

  useEffect(() => {
    let cancel = () => {};
    const step = () => {
      if (!search.syncSome(entries, checkins, SLICE, measures)) cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [search, entries, checkins, measures]);

  return useMemo(() => {
    if (searchedWords(query).length === 0) return null;
    search.sync(entries, checkins, measures);
    return search.search(query);
  }, [search, entries, checkins, query, measures]);
}
