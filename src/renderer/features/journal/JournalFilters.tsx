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
  const active = filters.query || filters.tag || filters.from || filters.to;
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
      <div className="ui-field">
        <label htmlFor="journal-tag">Tag</label>
        {/* A native select: a short list, and the browser's own picker is what a keyboard or screen reader user knows. */}
        <select id="journal-tag" value={filters.tag} onChange={(e) => onChange({ tag: e.target.value })}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <TextField id="journal-from" label="From" type="date" value={filters.from} onChange={(from) => onChange({ from })} aria-invalid={problem ? true : undefined} />
      <TextField id="journal-to" label="To" type="date" value={filters.to} onChange={(to) => onChange({ to })} aria-invalid={problem ? true : undefined} />
      {active && (
        <Button className="clear-filters" onPress={() => onChange({ query: '', tag: '', from: '', to: '' })}>
          Clear search and filters
        </Button>
      )}
      <FormMessage>{problem}</FormMessage>
    </div>
  );
}
