import MiniSearch from 'minisearch';
import type { JournalEntry } from '../domain/journal';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { ownMeasureText } from './own-measure-text';
import { markdownToPlain, withoutAddresses } from './plain-text';

/** Words are runs of letters and digits; the index and the highlighter agree on this. */
export const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The shortest word searched for: the page says so while a query is shorter. */
export const MIN_WORD = 2;

/**
 * The words of a query that are searched for. A one-letter word is left out:
 * as a prefix it matches most of ten years (the costliest keystroke measured)
 * and says little; as a whole word it empties the timeline for the moment
 * between "lighthouse t" and "lighthouse te". Typing on brings it in.
 */
export const searchedWords = (query: string): string[] => tokenize(query).filter((w) => w.length >= MIN_WORD);

interface SearchDoc {
  id: string;
  title: string;
  text: string;
  tags: string;
}

/*
 * Only words a person can see are indexed: an entry's Markdown as read
 * (no syntax, no link addresses) and no words inside typed addresses, so
 * every hit has a visible word to mark.
 */
const entryDoc = (e: JournalEntry): SearchDoc => ({
  id: e.id,
  title: withoutAddresses(e.title),
  text: withoutAddresses(markdownToPlain(e.body)),
  tags: e.tags.join(' '),
});

const checkinDoc = (c: JournalCheckin, measures: readonly JournalMeasure[]): SearchDoc => ({
  id: c.id,
  title: '',
  text: withoutAddresses([c.note, ...c.triggers, ...c.coping, ownMeasureText(c, measures)].join('\n')),
  tags: c.tags.join(' '),
});

// One identity, so a caller without measures is still seen as up to date.
const NO_MEASURES: readonly JournalMeasure[] = [];

/** Each hit: the record id and the indexed words it matched, for highlighting. */
export type SearchHits = Map<string, string[]>;

/**
 * Full-text search over the decrypted records, in memory only. `sync` updates
 * the index incrementally (by id and updatedAt), so an edit does not rebuild
 * ten years of entries.
 */
export class JournalSearch {
  private index = this.freshIndex();
  private versions = new Map<string, string>();
  /**
   * The lists the index was last complete for. The store keeps a list's identity until it changes,
   * so a keystroke does not walk ten years of records to find nothing new (the journal search's
   * largest script item in the profile: ~3 ms a key).
   */
  private complete: readonly [readonly JournalEntry[], readonly JournalCheckin[], readonly JournalMeasure[]] | null = null;

  private freshIndex() {
    return new MiniSearch<SearchDoc>({
      fields: ['title', 'text', 'tags'],
      tokenize,
      // Every searched word has two letters or more (searchedWords), and matches as a prefix while you type.
      searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 2 }, tokenize },
    });
  }

  get size(): number {
    return this.versions.size;
  }

  sync(entries: readonly JournalEntry[], checkins: readonly JournalCheckin[], measures: readonly JournalMeasure[] = NO_MEASURES): void {
    this.syncSome(entries, checkins, Infinity, measures);
  }

  /**
   * Indexes at most `limit` new or changed records (removals are always done)
   * and says whether the index is now up to date, so ten years can be indexed
   * in small slices while the page is idle.
   */
  syncSome(entries: readonly JournalEntry[], checkins: readonly JournalCheckin[], limit: number, measures: readonly JournalMeasure[] = NO_MEASURES): boolean {
    const last = this.complete;
    if (last && last[0] === entries && last[1] === checkins && last[2] === measures) return true;
    this.complete = null;
    const wanted = new Map<string, { updatedAt: string; doc: () => SearchDoc }>();
    for (const e of entries) wanted.set(e.id, { updatedAt: e.updatedAt, doc: () => entryDoc(e) });
    // A renamed or archived measure changes the words of every check-in that has it, so its last edit is part of their version.
    const named = measures.reduce((latest, m) => (m.updatedAt > latest ? m.updatedAt : latest), '');
    for (const c of checkins) wanted.set(c.id, { updatedAt: c.custom ? `${c.updatedAt}|${named}` : c.updatedAt, doc: () => checkinDoc(c, measures) });

    for (const id of this.versions.keys()) {
      if (!wanted.has(id)) {
        this.index.discard(id);
        this.versions.delete(id);
      }
    }
    const added: SearchDoc[] = [];
    for (const [id, { updatedAt, doc }] of wanted) {
      const known = this.versions.get(id);
      if (known === updatedAt) continue;
      if (added.length >= limit) {
        this.index.addAll(added);
        return false;
      }
      if (known !== undefined) this.index.discard(id);
      added.push(doc());
      this.versions.set(id, updatedAt);
    }
    this.index.addAll(added);
    this.complete = [entries, checkins, measures];
    return true;
  }

  /** Hits for the query's words of two letters or more (none without such a word). */
  search(query: string): SearchHits {
    const hits: SearchHits = new Map();
    const words = searchedWords(query);
    if (words.length === 0) return hits;
    for (const result of this.index.search(words.join(' '))) hits.set(String(result.id), result.terms);
    return hits;
  }

  clear(): void {
    this.index = this.freshIndex();
    this.versions.clear();
    this.complete = null;
  }
}
