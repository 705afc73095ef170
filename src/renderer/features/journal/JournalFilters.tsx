import { memo } from 'react';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { TextField } from '../../ui/TextField';

export interface Filters {
  query: string;
  tag: string;
  from: string;
  to: string;
}

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
    <div className="journal-filters" role="search" aria-label="Search the journal">
      <TextField
        id="journal-search"
        className="filter-search"
        label="Search entries and check-in notes"
        type="search"
        value={filters.query}
        maxLength={200}
        onChange={(query) => onChange({ query })}
      />
      <NarrowingFilters tag={filters.tag} from={filters.from} to={filters.to} tags={tags} onChange={onChange} problem={problem} active={active} />
    </div>
  );
}

interface NarrowingProps extends Omit<Filters, 'query'> {
  tags: readonly string[];
  /** Must keep its identity (JournalListing's is stable), or every keystroke redraws these fields. */
  onChange: (change: Partial<Filters>) => void;
  problem: string;
  active: boolean;
}

/** The tag and the dates: memoised, so a keystroke in the search redraws only the search field. */
const NarrowingFilters = memo(function NarrowingFilters({ tag, from, to, tags, onChange, problem, active }: NarrowingProps) {
  return (
    <>
      <div className="ui-field">
        <label htmlFor="journal-tag">Tag</label>
        {/* A native select: a short list, and the browser's own picker is what a keyboard or screen reader user knows. */}
        <select id="journal-tag" value={tag} onChange={(e) => onChange({ tag: e.target.value })}>
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <TextField id="journal-from" label="From" type="date" value={from} onChange={(value) => onChange({ from: value })} aria-invalid={problem ? true : undefined} />
      <TextField id="journal-to" label="To" type="date" value={to} onChange={(value) => onChange({ to: value })} aria-invalid={problem ? true : undefined} />
      {active && (
        <Button className="clear-filters" onPress={() => onChange({ query: '', tag: '', from: '', to: '' })}>
          Clear search and filters
        </Button>
      )}
      <FormMessage>{problem}</FormMessage>
    </>
  );
});
