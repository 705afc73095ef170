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
      <div className="filter-search">
        <label htmlFor="journal-search">Search entries and check-in notes</label>
        <input id="journal-search" type="search" value={filters.query} maxLength={200} onChange={(e) => onChange({ query: e.target.value })} />
      </div>
      <div>
        <label htmlFor="journal-tag">Tag</label>
        <select id="journal-tag" value={filters.tag} onChange={(e) => onChange({ tag: e.target.value })}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="journal-from">From</label>
        <input id="journal-from" type="date" value={filters.from} onChange={(e) => onChange({ from: e.target.value })} aria-invalid={problem ? true : undefined} />
      </div>
      <div>
        <label htmlFor="journal-to">To</label>
        <input id="journal-to" type="date" value={filters.to} onChange={(e) => onChange({ to: e.target.value })} aria-invalid={problem ? true : undefined} />
      </div>
      {active && (
        <button type="button" className="clear-filters" onClick={() => onChange({ query: '', tag: '', from: '', to: '' })}>
          Clear search and filters
        </button>
      )}
      <p role="alert" className="error">
        {problem}
      </p>
    </div>
  );
}
