import { MAX_TAGS } from '../domain/journal';

/**
 * "sleep, Work , sleep" -> ["sleep", "Work"]: trimmed, empty pieces dropped,
 * duplicates (ignoring case) dropped, first spelling kept.
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const piece of text.split(',')) {
    const tag = piece.trim().replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

export const formatTags = (tags: readonly string[]): string => tags.join(', ');

export { MAX_TAGS };

/** Every tag in use, sorted without regard to case, each spelled as first seen. */
export function collectTags(records: Iterable<{ tags: readonly string[] }>): string[] {
  const byKey = new Map<string, string>();
  for (const record of records) {
    for (const tag of record.tags) if (!byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

export const hasTag = (tags: readonly string[], tag: string): boolean =>
  tags.some((t) => t.toLowerCase() === tag.toLowerCase());
