import { useCallback, useEffect, useState } from 'react';
import { SearchIndex, type SearchGroup } from '../../../shared/search/search-index';
import { useRecordStore } from '../../db/useRecords';
import { whenIdle } from '../../app/when-idle';

/** Records indexed per idle slice: a few milliseconds each on a slow machine. */
const SLICE = 80;

export type SearchEverything = (query: string, limitFor?: (group: string) => number) => SearchGroup[];

/**
 * The index behind Search everything, in memory while the vault is open
 * (cleared when this unmounts, on lock). It is filled in idle slices after
 * unlock and after each change, so opening the search and typing never wait
 * for ten years of records; a search before it is done finishes the rest.
 */
export function useSearchIndex(): SearchEverything {
  const store = useRecordStore();
  const [index] = useState(() => new SearchIndex());

  useEffect(() => {
    const read = store.ofKind.bind(store);
    let cancel = () => {};
    const step = () => {
      if (!index.sync(read, SLICE)) cancel = whenIdle(step);
      // Once complete, one throwaway search in a later idle slice (SearchIndex.warm says why).
      else cancel = whenIdle(() => index.warm());
    };
    const schedule = () => {
      cancel();
      cancel = whenIdle(step);
    };
    schedule();
    const unsubscribe = store.subscribe(schedule);
    return () => {
      cancel();
      unsubscribe();
      index.clear();
    };
  }, [index, store]);

  return useCallback<SearchEverything>(
    (query, limitFor) => {
      // A User Timing mark, as Repository's load and save have: the bench reads it to tell the search's own cost from rendering.
      const started = performance.now();
      index.sync(store.ofKind.bind(store));
      const groups = index.search(query, limitFor);
      performance.measure('cairn:search-everything', { start: started });
      return groups;
    },
    [index, store],
  );
}
