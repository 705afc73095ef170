import { memo, useMemo } from 'react';
import { Button } from '../../ui/Button';
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
}

/** Search and filters above the timeline; results update as you type. */
export function JournalFilters({ filters, tags, onChange, problem }: Props) {
  const active = Boolean(filters.query || filters.tag || filters.from || filters.to);
  return (
    <div className={styles.filters} role="search" aria-label="Search the journal">
      <TextField
        id="journal-search"
        className={styles.filterSearch}
        label="Search entries and check-in notes"
        type="search"
        value={filters.query}
        maxLength={200}
        onChange={(query) => onChange({ query })}
      />
      <NarrowingFilters tag={filters.tag} from={filters.from} to={filters.to} tags={tags} onChange={onChange} problem={problem} />
      <ClearFilters active={active} onChange={onChange} />
      <FormMessage>{problem}</FormMessage>
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
 * (the journal's first key cost twice a later one at ten years).
 */
const ClearFilters = memo(function ClearFilters({ active, onChange }: { active: boolean; onChange: (change: Partial<Filters>) => void }) {
  if (!active) return null;
  return (
    <Button className={styles.clearFilters} onPress={() => onChange({ query: '', tag: '', from: '', to: '' })}>
      Clear search and filters
    </Button>
  );
});
