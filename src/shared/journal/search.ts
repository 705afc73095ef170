import MiniSearch from 'minisearch';
import type { JournalEntry } from '../domain/journal';
import type { JournalCheckin } from '../domain/journal-checkin';
import type { JournalMeasure } from '../domain/own-measure';
import { ownMeasureText } from './own-measure-text';
import { markdownToPlain, withoutAddresses } from './plain-text';

/** Words are runs of letters and digits; the index and the highlighter agree on this. */
export const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

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

  private freshIndex() {
    return new MiniSearch<SearchDoc>({
      fields: ['title', 'text', 'tags'],
      tokenize,
      // A single letter as a prefix matches most of ten years and says little; from two letters on, words match as you type.
      searchOptions: { prefix: (term) => term.length > 1, combineWith: 'AND', boost: { title: 2 }, tokenize },
    });
  }

  get size(): number {
    return this.versions.size;
  }

  sync(entries: readonly JournalEntry[], checkins: readonly JournalCheckin[], measures: readonly JournalMeasure[] = []): void {
    this.syncSome(entries, checkins, Infinity, measures);
  }

  /**
   * Indexes at most `limit` new or changed records (removals are always done)
   * and says whether the index is now up to date, so ten years can be indexed
   * in small slices while the page is idle.
   */
  syncSome(entries: readonly JournalEntry[], checkins: readonly JournalCheckin[], limit: number, measures: readonly JournalMeasure[] = []): boolean {
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
    return true;
  }

  search(query: string): SearchHits {
    const hits: SearchHits = new Map();
    if (tokenize(query).length === 0) return hits;
    for (const result of this.index.search(query)) hits.set(String(result.id), result.terms);
    return hits;
  }

  clear(): void {
    this.index = this.freshIndex();
    this.versions.clear();
  }
}
