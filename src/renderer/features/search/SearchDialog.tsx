import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { RESULTS_PER_GROUP, shortWordsLeftOut, tooShortToSearch } from '../../../shared/search/search-index';
import { SEARCHABLE_KINDS } from '../../../shared/search/kinds';
import { Button } from '../../ui/Button';
import { ComboboxInput } from '../../ui/ComboboxInput';
import { Dialog } from '../../ui/Dialog';
import { MORE_STEP, optionsOf, SearchResults, type ResultOption } from './SearchResults';
import type { SearchEverything } from './useSearchIndex';
import styles from './search.module.css';

const LIST_ID = 'search-everything-results';

const lookedThrough = `Looks through ${new Intl.ListFormat('en', { type: 'conjunction' }).format(
  SEARCHABLE_KINDS.map((k) => k.heading.toLowerCase()),
)}. Up and down arrows choose a result; Enter opens it.`;

interface Props {
  search: SearchEverything;
  onOpen: (path: string) => void;
  onClose: () => void;
}

/** Ctrl/Cmd+K: one field over everything written, results grouped by kind; Enter opens the record on its page. */
export function SearchDialog(props: Props) {
  // The state lives in the panel, so a keystroke re-renders the field and the list, not the modal around them.
  return (
    <Dialog title="Search everything" onClose={props.onClose} size="wide">
      <SearchPanel {...props} />
    </Dialog>
  );
}

function SearchPanel({ search, onOpen, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Record<string, number>>({});
  const [active, setActive] = useState(0);
  const groups = useMemo(() => search(query, (g) => shown[g] ?? RESULTS_PER_GROUP), [search, query, shown]);
  const options = useMemo(() => optionsOf(groups), [groups]);
  const activeId = options[Math.min(active, options.length - 1)]?.domId;
  const total = groups.reduce((n, g) => n + g.total, 0);

  // Scroll only when the arrow keys moved: scrollIntoView forces a layout, which the profile showed
  // as the largest script cost of a keystroke when it ran after every change of results.
  const movedByKeys = useRef(false);
  useEffect(() => {
    if (!movedByKeys.current || !activeId) return;
    movedByKeys.current = false;
    document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const change = (value: string) => {
    // New results start at the top of the list.
    if (active > 0) document.getElementById(LIST_ID)?.scrollTo({ top: 0 });
    setQuery(value);
    setShown({});
    setActive(0);
  };
  const choose = (option: ResultOption) => {
    if (option.open) return onOpen(option.open);
    // "Show more" stays where it was: the first newly shown result takes its place under the cursor.
    setShown((s) => ({ ...s, [option.group]: (s[option.group] ?? RESULTS_PER_GROUP) + MORE_STEP }));
    movedByKeys.current = true;
    setActive(options.findIndex((o) => o.domId === option.domId));
  };
  // One identity for the panel's life, running the latest `choose`: the result rows are memoised and compare it.
  const latestChoose = useRef(choose);
  useLayoutEffect(() => {
    latestChoose.current = choose;
  });
  const onChoose = useCallback((option: ResultOption) => latestChoose.current(option), []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      movedByKeys.current = true;
      setActive((a) => Math.max(0, Math.min(options.length - 1, Math.min(a, options.length - 1) + step)));
    } else if (event.key === 'Enter') {
      const option = options[Math.min(active, options.length - 1)];
      if (!option) return;
      event.preventDefault();
      choose(option);
    }
  };

  const trimmed = query.trim();
  // One-letter words are not searched (MIN_QUERY): the person is told, rather than shown nothing or a narrower search without a reason.
  const short = tooShortToSearch(query);
  const status = !trimmed
    ? ''
    : short
      ? 'Type two or more letters to search.'
      : total === 0
        ? `Nothing matches “${trimmed}”. Try fewer or shorter words.`
        : `${total.toLocaleString()} ${total === 1 ? 'result' : 'results'}${shortWordsLeftOut(query) ? '. One-letter words are not searched.' : ''}`;
  return (
    <div className={styles.everything} data-dialog="search-everything">
        <ComboboxInput
          id="search-everything-field"
          label="Search for"
          value={query}
          onChange={change}
          onKeyDown={onKeyDown}
          listId={LIST_ID}
          activeId={activeId}
          expanded={options.length > 0}
          description={lookedThrough}
        />
        <p role="status" className={trimmed && total === 0 ? styles.none : 'visually-hidden'}>
          {status}
        </p>
        <SearchResults id={LIST_ID} groups={groups} activeId={activeId} onChoose={onChoose} />
        <div className="ui-dialog-actions">
          <Button onPress={onClose}>Close</Button>
        </div>
    </div>
  );
}
