import type { AnyRecord, RecordKind } from '../domain';
import { fold, queryTerms } from './fold';
import { SEARCHABLE_KINDS, type AnySearchableKind, type SearchField } from './kinds';
import { snippetNear, type SnippetPiece } from './snippet';

interface Doc {
  id: string;
  date: string;
  updatedAt: string;
  /** Every field folded, one per line: what a query is matched against. */
  text: string;
  /** The fields as written, and where each starts in `text`, to quote the one that matched. */
  fields: SearchField[];
  starts: number[];
  record: AnyRecord;
}

/** One result as the list shows it. */
export interface SearchHit {
  id: string;
  title: string;
  /** The field the quote comes from ("Takeaways"). */
  field: string;
  snippet: SnippetPiece[];
  /** The address that opens the record on its own page. */
  open: string;
}

export interface SearchGroup {
  group: string;
  heading: string;
  /** How many records of this kind match; `hits` holds the first few, newest first. */
  total: number;
  hits: SearchHit[];
}

/**
 * Results shown per group until the person asks for more. Five, not eight: every row is redrawn when
 * a keystroke changes the results, and with six kinds matching, eight a group was ~48 rows a key.
 */
export const RESULTS_PER_GROUP = 5;

/**
 * Letters a query needs before it is searched. One letter is inside nearly
 * every record of ten years: its results were the costliest keystroke measured
 * and too many to read. The dialog says so while the query is shorter.
 */
export const MIN_QUERY = 2;

/**
 * The query's words that are searched: those of MIN_QUERY letters or more. A
 * one-letter word typed after others ("lighthouse t") is left out until its
 * second letter, as the journal's search does: it is inside nearly every
 * record, so it narrowed nothing and marked a letter all over every quote
 * (two of the three costliest keys of Search everything at ten years).
 */
export const searchedTerms = (query: string): string[] => queryTerms(query).filter((t) => t.length >= MIN_QUERY);

/** Whether the query has something typed but no word long enough to search for. */
export const tooShortToSearch = (query: string): boolean => queryTerms(query).length > 0 && searchedTerms(query).length === 0;

/** Whether some words are searched and some, too short, are left out: the dialog says so. */
export const shortWordsLeftOut = (query: string): boolean => {
  const searched = searchedTerms(query).length;
  return searched > 0 && searched < queryTerms(query).length;
};

export type ReadKind = (kind: RecordKind) => readonly AnyRecord[];

const anyFields = (kind: AnySearchableKind, record: AnyRecord, read: ReadKind): SearchField[] =>
  (kind.fields as (r: AnyRecord, read: ReadKind) => SearchField[])(record, read);

/**
 * "Search everything": an in-memory index over the kinds in SEARCHABLE_KINDS.
 * Records are folded once when indexed and again only when they change (by
 * updatedAt), so a keystroke is a substring scan over prepared text. A query
 * that extends the previous one (typing on) scans only the previous matches.
 */
export class SearchIndex {
  private docs: Map<string, Doc>[] = SEARCHABLE_KINDS.map(() => new Map());
  /** Per group, newest first; rebuilt only after that group changed. */
  private ordered: (Doc[] | null)[] = SEARCHABLE_KINDS.map(() => null);
  /** The record arrays last indexed: the store keeps an array's identity until that kind changes. */
  private seen: (readonly AnyRecord[] | null)[] = SEARCHABLE_KINDS.map(() => null);
  /** Per group, the lists of the other kinds its fields read (`uses`) when it was indexed. */
  private used: (readonly (readonly AnyRecord[])[] | null)[] = SEARCHABLE_KINDS.map(() => null);
  private last: { query: string; matches: Doc[][] } | null = null;
  private warmed = false;

  constructor(private readonly kinds: readonly AnySearchableKind[] = SEARCHABLE_KINDS) {}

  get size(): number {
    return this.docs.reduce((n, m) => n + m.size, 0);
  }

  /**
   * Brings the index up to date with the store, (re)indexing at most `limit`
   * records; says whether it is now complete, so ten years can be indexed in
   * idle slices.
   */
  sync(read: ReadKind, limit = Infinity): boolean {
    let budget = limit;
    for (const [g, kind] of this.kinds.entries()) {
      const docs = this.docs[g] as Map<string, Doc>;
      // A kind whose words name other records (a check-in's own measures) is indexed afresh when those change: a renamed measure is found by its new name.
      const used = (kind.uses ?? []).map((k) => read(k));
      const before = this.used[g];
      if (!before || used.some((list, i) => list !== before[i])) {
        if (before) {
          docs.clear();
          this.seen[g] = null;
          this.changed(g);
        }
        this.used[g] = used;
      }
      const records = read(kind.kind);
      if (records === this.seen[g]) continue;
      const live = new Set<string>();
      for (const record of records) {
        live.add(record.id);
        const known = docs.get(record.id);
        if (known?.updatedAt === record.updatedAt) continue;
        if (budget-- <= 0) return false;
        docs.set(record.id, this.docOf(kind, record, read));
        this.changed(g);
      }
      for (const id of docs.keys()) {
        if (!live.has(id)) {
          docs.delete(id);
          this.changed(g);
        }
      }
      this.seen[g] = records;
      // Sort now, in the idle slice, rather than on the first keystroke (55 ms at ten years when left to it).
      this.orderedDocs(g);
    }
    return true;
  }

  search(query: string, limitFor: (group: string) => number = () => RESULTS_PER_GROUP): SearchGroup[] {
    const terms = searchedTerms(query);
    if (terms.length === 0) return [];
    const key = terms.join(' ');
    const narrowing = this.last && key.startsWith(this.last.query) ? this.last.matches : null;
    const matches = this.kinds.map((_, g) => {
      const candidates = narrowing?.[g] ?? this.orderedDocs(g);
      return candidates.filter((doc) => terms.every((t) => doc.text.includes(t)));
    });
    this.last = { query: key, matches };

    const groups: SearchGroup[] = [];
    for (const [g, kind] of this.kinds.entries()) {
      const found = matches[g] as Doc[];
      if (found.length === 0) continue;
      groups.push({
        group: kind.group,
        heading: kind.heading,
        total: found.length,
        hits: found.slice(0, limitFor(kind.group)).map((doc) => this.hitOf(kind, doc, terms)),
      });
    }
    return groups;
  }

  /**
   * One search run and thrown away, in idle time once the index is complete:
   * the first real keystroke then runs code the engine has already compiled.
   * Measured at ten years: the first two-letter search took 13 ms cold and
   * about 1 ms after one search had run (docs/performance.md). The term is the
   * first two letters of a word in the newest record of the first kind that
   * has one, so something matches and the quoting code runs too. A query
   * typed later that starts with it narrows from its matches, as from any
   * query before it.
   */
  warm(): boolean {
    if (this.warmed) return false;
    const term = this.ordered
      .flatMap((list) => list?.slice(0, 1) ?? [])
      .map((doc) => /[\p{L}\p{N}]{2}/u.exec(doc.text)?.[0])
      .find((found) => found !== undefined);
    if (!term) return false;
    this.search(term);
    this.warmed = true;
    return true;
  }

  clear(): void {
    this.docs = this.kinds.map(() => new Map());
    this.ordered = this.kinds.map(() => null);
    this.seen = this.kinds.map(() => null);
    this.used = this.kinds.map(() => null);
    this.last = null;
    this.warmed = false;
  }

  private changed(g: number): void {
    this.ordered[g] = null;
    this.last = null;
  }

  private orderedDocs(g: number): Doc[] {
    let list = this.ordered[g];
    if (!list) {
      list = [...(this.docs[g] as Map<string, Doc>).values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      this.ordered[g] = list;
    }
    return list;
  }

  private docOf(kind: AnySearchableKind, record: AnyRecord, read: ReadKind): Doc {
    const fields = anyFields(kind, record, read);
    const folded = fields.map((f) => fold(f.text));
    const starts: number[] = [];
    let at = 0;
    for (const text of folded) {
      starts.push(at);
      at += text.length + 1;
    }
    return {
      id: record.id,
      date: (kind.date as (r: AnyRecord) => string)(record),
      updatedAt: record.updatedAt,
      text: folded.join('\n'),
      fields,
      starts,
      record,
    };
  }

  private hitOf(kind: AnySearchableKind, doc: Doc, terms: readonly string[]): SearchHit {
    // Quote the field holding the first word typed (the one most likely meant). Words never hold a
    // line break, so a match lies inside one field; fields start where `starts` says.
    const at = Math.max(0, doc.text.indexOf(terms[0] as string));
    let f = 0;
    while (f + 1 < doc.starts.length && (doc.starts[f + 1] as number) <= at) f++;
    const shown = doc.fields[f];
    return {
      id: doc.id,
      title: (kind.title as (r: AnyRecord) => string)(doc.record),
      field: shown?.label ?? '',
      snippet: shown ? snippetNear(shown.text, terms, at - (doc.starts[f] as number)) : [],
      open: (kind.open as (r: AnyRecord) => string)(doc.record),
    };
  }
}
