import { memo, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/class-names';
import { DateField } from '../../ui/DateField';
import { FormMessage } from '../../ui/FormMessage';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import styles from './journal.module.css';

export interface Filters {
  query: string;
  tag: string;
  from: string;
  to: string;
}

/** The choice that filters by no tag: a key no tag can be (tags are trimmed words). */
const ALL_TAGS = '\u0000all';

export const noFilters: Filters = { query: '', tag: '', from: '', to: '' };

interface Props {
  filters: Filters;
  tags: readonly string[];
  onChange: (change: Partial<Filters>) => void;
  problem: string;
  /** The line saying what the timeline shows (TimelineStatus), drawn beside "Clear search and filters". */
  status: ReactNode;
}

/** Search and filters above the timeline; results update as you type. */
export function JournalFilters({ filters, tags, onChange, problem, status }: Props) {
  const active = Boolean(filters.query || filters.tag || filters.from || filters.to);
  const searchField = useRef<HTMLInputElement>(null);
  // The button hides itself once pressed; focus goes back to the search field, not to the top of the page.
  const clear = useCallback(() => {
    onChange(noFilters);
    searchField.current?.focus();
  }, [onChange]);
  return (
    <div className={styles.filters} role="search" aria-label="Search the journal">
      <TextField
        id="journal-search"
        className={styles.filterSearch}
        label="Search entries and check-in notes"
        type="search"
        value={filters.query}
        maxLength={200}
        inputRef={searchField}
        onChange={(query) => onChange({ query })}
      />
      <NarrowingFilters tag={filters.tag} from={filters.from} to={filters.to} tags={tags} onChange={onChange} problem={problem} />
      <FormMessage>{problem}</FormMessage>
      {/* The button shares the status line, whose height it always holds: the first letter typed shows it
          without pushing the timeline down (it had a row of its own, and the timeline jumped on that key). */}
      <div className={styles.statusRow}>
        {status}
        <ClearFilters active={active} onClear={clear} />
      </div>
    </div>
  );
}

interface NarrowingProps extends Omit<Filters, 'query'> {
  tags: readonly string[];
  /** Must keep its identity (JournalListing's is stable), or every keystroke redraws these fields. */
  onChange: (change: Partial<Filters>) => void;
  problem: string;
}

/** The tag and the dates: memoised, so a keystroke in the search redraws only the search field. */
const NarrowingFilters = memo(function NarrowingFilters({ tag, from, to, tags, onChange, problem }: NarrowingProps) {
  const tagChoices = useMemo(() => [{ id: ALL_TAGS, label: 'All tags' }, ...tags.map((t) => ({ id: t, label: t }))], [tags]);
  return (
    <>
      <Select label="Tag" choices={tagChoices} value={tag || ALL_TAGS} onChange={(chosen) => onChange({ tag: chosen === ALL_TAGS ? '' : chosen })} className="journal-tag" />
      <DateField id="journal-from" label="From" value={from} onChange={(value) => onChange({ from: value })} isInvalid={Boolean(problem)} />
      <DateField id="journal-to" label="To" value={to} onChange={(value) => onChange({ to: value })} isInvalid={Boolean(problem)} />
    </>
  );
});

/**
 * Shown while anything narrows the timeline. Apart from the fields it clears: the first letter typed
 * shows it, and when it lived with them that key redrew the tag list and both date fields too
 * (the journal's first key cost twice a later one at ten years). While nothing narrows, it keeps its
 * box but is hidden (`visibility: hidden`: not seen, not focusable, not in the accessibility tree), so
 * the status line has the same height either way and the timeline below never moves.
 */
const ClearFilters = memo(function ClearFilters({ active, onClear }: { active: boolean; onClear: () => void }) {
  return (
    // "Clear" is all the status line has room for beside the longest status at 900 px; the name says the rest.
    <Button
      variant="quiet"
      className={cx(styles.clearFilters, !active && styles.clearFiltersIdle)}
      aria-label="Clear search and filters"
      isDisabled={!active}
      onPress={onClear}
    >
      Clear
    </Button>
  );
});
