import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SearchGroup, SearchHit } from '../../../shared/search/search-index';
import { windowOf, type ListView, type RowSizes } from './result-window';
import styles from './search.module.css';

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

/** Until the page has been measured (as the dialog opens, or else at the first results): close to the rows' real heights. */
const ESTIMATE: RowSizes = { heading: 32, hit: 56, more: 36 };
// Rows say what they are (data-row; data-probe-row in the copy measured as the dialog opens, so nothing that
// looks for the results' rows finds it): the styles' class names are the module's, hashed.
const ROW_KINDS: (keyof RowSizes)[] = ['heading', 'hit', 'more'];

/**
 * The results as one listbox, grouped by kind under headings. Kept to a few
 * plain elements per result: it is redrawn on every keystroke (a component
 * library's collection here made a keystroke take most of a second at ten years).
 * Only the results in or near the list's box are drawn (windowOf): about ten
 * of the thirty or more a keystroke finds, fewer still after "Show more".
 * The rest are gaps of their height; each drawn option says its place in its
 * group (aria-posinset of aria-setsize), so a screen reader still hears
 * "3 of 5", and the arrow keys' choice is always drawn and scrolled to.
 */
export function SearchResults({ id, groups, activeId, onChoose }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const [sizes, setSizes] = useState<RowSizes>(ESTIMATE);
  const [view, setView] = useState<ListView>({ top: 0, height: 480 });

  // Each kind of row is measured once, and again when the list's width changes (the window or the zoom
  // changed); not on every keystroke: reading a height makes the browser lay the page out at once.
  const measured = useRef(new Set<keyof RowSizes>());
  const known = useRef(ESTIMATE);
  /** The list's width (offsetWidth, scroll bar included) when its rows were measured. */
  const measuredWidth = useRef(0);
  const showView = (top: number, height: number) => setView((v) => (v.top === top && v.height === height ? v : { top, height }));
  /** Reads the heights of the kinds of row not yet measured that `container` holds; false when it held none. */
  const measure = (container: HTMLElement, attribute: 'data-row' | 'data-probe-row'): boolean => {
    const found: Partial<RowSizes> = {};
    let read = false;
    for (const kind of ROW_KINDS) {
      if (measured.current.has(kind)) continue;
      const height = container.querySelector<HTMLElement>(`[${attribute}="${kind}"]`)?.offsetHeight;
      if (!height) continue;
      read = true;
      measured.current.add(kind);
      if (height !== known.current[kind]) found[kind] = height;
    }
    if (!read) return false;
    // The page was just laid out to read the heights: the box's own size costs nothing more now.
    measuredWidth.current = container.offsetWidth;
    if (Object.keys(found).length > 0) {
      known.current = { ...known.current, ...found };
      setSizes(known.current);
    }
    return true;
  };
  // As the dialog opens, before any result: one row of each kind, in a hidden copy of the list as tall as the
  // list can grow, is measured, then taken out of the layout before the first paint. So the first keystroke
  // with results draws them once, at their real heights, instead of drawing, measuring and drawing again.
  useLayoutEffect(() => {
    const box = probe.current;
    if (!box) return;
    if (measure(box, 'data-probe-row')) showView(0, box.clientHeight);
    // Hidden here rather than unmounted by a state change: no second render as the dialog opens.
    box.style.display = 'none';
  }, []);
  // Kinds the probe found no height for are measured when first drawn.
  useLayoutEffect(() => {
    const box = list.current;
    if (box && measure(box, 'data-row')) showView(box.scrollTop, box.clientHeight);
  }, [groups]);
  useEffect(() => {
    const box = list.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    // Runs after layout, so reading the box's size forces nothing. The list's height changes with the number
    // of results: that moves the window, but rows keep their height. While empty the list is hidden (no size):
    // the view kept is the one the next results are drawn in.
    const observer = new ResizeObserver(() => {
      const width = box.offsetWidth;
      if (width === 0) return;
      if (width !== measuredWidth.current) measured.current.clear();
      showView(box.scrollTop, box.clientHeight);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const pieces = windowOf(
    groups.map((g) => ({ hits: g.hits.length, more: g.total > g.hits.length })),
    sizes,
    view,
    (g, i) => optionId(groups[g]!.hits[i]!.id) === activeId,
  );

  return (
    <>
      {/* One row of each kind, drawn as the list draws them (the heading below, HitRow, the "show more" row)
          but without their roles, ids and data-row: change a row's markup there, and here with it. */}
      <div ref={probe} aria-hidden="true" data-probe="" className={`${styles.results} ${styles.probe}`}>
        <div className={styles.groupHeading} data-probe-row="heading">
          Journal entries <span className={styles.groupCount}>1</span>
        </div>
        <div className={styles.hit} data-probe-row="hit">
          <span className={styles.hitTitle}>Entry</span>
          <span className={styles.hitQuote}>
            <span className={styles.hitField}>Text: </span>
            Quote
          </span>
        </div>
        <div className={styles.more} data-probe-row="more">
          Show more
        </div>
        <div className={styles.probeFill} />
      </div>
      <div
        id={id}
        ref={list}
        role="listbox"
        aria-label="Results"
        className={styles.results}
        onScroll={(event) => {
          const { scrollTop, clientHeight } = event.currentTarget;
          showView(scrollTop, clientHeight);
        }}
      >
        {groups.map((g, gi) => {
          const more = g.total - g.hits.length;
          const setSize = g.hits.length + (more > 0 ? 1 : 0);
          return (
            <div key={g.group} role="group" aria-labelledby={`search-group-${g.group}`} data-group={g.group}>
              <div id={`search-group-${g.group}`} role="presentation" className={styles.groupHeading} data-row="heading">
                {g.heading} <span className={styles.groupCount}>{g.total.toLocaleString()}</span>
              </div>
              {pieces[gi]!.map((piece, at) => {
                if ('gap' in piece) return <div key={`gap-${at}`} role="presentation" data-row="gap" style={{ height: piece.gap }} />;
                const hit = g.hits[piece.hit]!;
                return <HitRow key={hit.id} hit={hit} group={g.group} place={piece.hit + 1} of={setSize} selected={optionId(hit.id) === activeId} onChoose={onChoose} />;
              })}
              {more > 0 && (
                <div
                  id={moreId(g.group)}
                  role="option"
                  aria-selected={moreId(g.group) === activeId}
                  aria-posinset={setSize}
                  aria-setsize={setSize}
                  className={styles.more}
                  data-row="more"
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
    </>
  );
}

/** How many more results "show more" adds to a group. */
export const MORE_STEP = 40;

interface HitRowProps {
  hit: SearchHit;
  group: string;
  /** Its place in its group, 1-based, and the group's number of options: read out although most rows are not drawn. */
  place: number;
  of: number;
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
  function HitRow({ hit, group, place, of, selected, onChoose }: HitRowProps) {
    const domId = optionId(hit.id);
    return (
      <div
        id={domId}
        role="option"
        aria-selected={selected}
        aria-posinset={place}
        aria-setsize={of}
        className={styles.hit}
        data-row="hit"
        // Keep focus in the field: the list is driven from it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onChoose({ domId, open: hit.open, group })}
      >
        <span className={styles.hitTitle}>{hit.title}</span>
        <span className={styles.hitQuote}>
          <span className={styles.hitField}>{hit.field}: </span>
          {hit.snippet.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
        </span>
      </div>
    );
  },
  (a, b) => a.group === b.group && a.place === b.place && a.of === b.of && a.selected === b.selected && a.onChoose === b.onChoose && sameHit(a.hit, b.hit),
);
