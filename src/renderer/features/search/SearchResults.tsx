import { memo } from 'react';
import type { SearchGroup, SearchHit } from '../../../shared/search/search-index';

/** One row the arrow keys can reach: a record, or a group's "show more". */
export interface ResultOption {
  domId: string;
  /** The address that opens the record; absent on "show more". */
  open?: string;
  group: string;
}

export const optionId = (recordId: string) => `search-hit-${recordId}`;
export const moreId = (group: string) => `search-more-${group}`;

/** The rows in the order the list shows them, for the arrow keys. */
export function optionsOf(groups: readonly SearchGroup[]): ResultOption[] {
  return groups.flatMap((g) => [
    ...g.hits.map((h) => ({ domId: optionId(h.id), open: h.open, group: g.group })),
    ...(g.total > g.hits.length ? [{ domId: moreId(g.group), group: g.group }] : []),
  ]);
}

interface Props {
  id: string;
  groups: readonly SearchGroup[];
  activeId: string | undefined;
  onChoose: (option: ResultOption) => void;
}

/**
 * The results as one listbox, grouped by kind under headings. Kept to a few
 * plain elements per result: it is redrawn on every keystroke (a component
 * library's collection here made a keystroke take most of a second at ten years).
 */
export function SearchResults({ id, groups, activeId, onChoose }: Props) {
  return (
    <div id={id} role="listbox" aria-label="Results" className="search-results">
      {groups.map((g) => {
        const more = g.total - g.hits.length;
        return (
          <div key={g.group} role="group" aria-labelledby={`search-group-${g.group}`} data-group={g.group}>
            <div id={`search-group-${g.group}`} role="presentation" className="search-group-heading">
              {g.heading} <span className="search-group-count">{g.total.toLocaleString()}</span>
            </div>
            {g.hits.map((hit) => (
              <HitRow key={hit.id} hit={hit} group={g.group} selected={optionId(hit.id) === activeId} onChoose={onChoose} />
            ))}
            {more > 0 && (
              <div
                id={moreId(g.group)}
                role="option"
                aria-selected={moreId(g.group) === activeId}
                className="search-more"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onChoose({ domId: moreId(g.group), group: g.group })}
              >
                Show {Math.min(more, MORE_STEP).toLocaleString()} more of {more.toLocaleString()}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** How many more results "show more" adds to a group. */
export const MORE_STEP = 40;

interface HitRowProps {
  hit: SearchHit;
  group: string;
  selected: boolean;
  /** Must keep its identity (SearchDialog passes a stable handler): rows compare it like any prop. */
  onChoose: (option: ResultOption) => void;
}

const sameHit = (a: SearchHit, b: SearchHit) =>
  a === b ||
  (a.id === b.id &&
    a.title === b.title &&
    a.field === b.field &&
    a.open === b.open &&
    a.snippet.length === b.snippet.length &&
    a.snippet.every((piece, i) => piece.text === b.snippet[i]?.text && piece.match === b.snippet[i]?.match));

/**
 * One result. Each search builds new hit objects, so rows compare what they
 * show: a row whose quote and marks did not change with the keystroke (a
 * space typed, a word that narrows without moving the marks) is not redrawn.
 */
const HitRow = memo(
  function HitRow({ hit, group, selected, onChoose }: HitRowProps) {
    const domId = optionId(hit.id);
    return (
      <div
        id={domId}
        role="option"
        aria-selected={selected}
        className="search-hit"
        // Keep focus in the field: the list is driven from it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onChoose({ domId, open: hit.open, group })}
      >
        <span className="search-hit-title">{hit.title}</span>
        <span className="search-hit-quote">
          <span className="search-hit-field">{hit.field}: </span>
          {hit.snippet.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
        </span>
      </div>
    );
  },
  (a, b) => a.group === b.group && a.selected === b.selected && a.onChoose === b.onChoose && sameHit(a.hit, b.hit),
);
