/*
 * An entry's Markdown as the words a reader sees: what search indexes and
 * what a search result quotes. Link and image addresses are dropped (the
 * entry shows the link text), syntax characters go, and the rest is kept as
 * typed: HTML stays text, as the entry view shows it.
 */

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const BLOCK_PREFIX = /^\s{0,3}(?:>\s?)*\s*(?:#{1,6}(?=\s|$)|[-*+](?=\s)|\d{1,9}[.)](?=\s))?\s*/;
const CLOSING_HASHES = /\s+#+\s*$/;

// Each rule runs only on lines holding its trigger character: most lines hold none, and ten years of entries are indexed.
const INLINE: readonly [string, RegExp, string][] = [
  ['[', /!\[([^\]]*)\]\([^)]*\)/g, '$1'], // image: its description
  ['[', /\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1'], // link: its text
  ['[', /\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // reference link: its text
  ['<', /<((?:https?|mailto):[^>\s]+)>/g, '$1'], // autolink: the address is what shows
  ['`', /`+([^`]+?)`+/g, '$1'], // inline code
  ['*', /\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g, '$1'], // strong
  ['_', /__(?=\S)([^_]+?)(?<=\S)__/g, '$1'],
  ['*', /(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2'], // emphasis with *
  ['_', /(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2'], // emphasis with _ (not inside snake_case)
];

// Escaped characters ("\*") are parked in the private-use area while the syntax is removed, then put back as typed.
const PARKED = 0xe000;
const park = (line: string) => line.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(PARKED + c.charCodeAt(0)));
const unpark = (line: string) => line.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARKED));

function inlineText(line: string): string {
  const escaped = line.includes('\\');
  let text = escaped ? park(line) : line;
  for (const [trigger, pattern, replacement] of INLINE) if (text.includes(trigger)) text = text.replace(pattern, replacement);
  return escaped ? unpark(text) : text;
}

/** The visible words of a Markdown body, one space between blocks. */
export function markdownToPlain(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (RULE.test(line) || SETEXT.test(line) || LINK_DEFINITION.test(line)) continue;
    out.push(inlineText(line.replace(BLOCK_PREFIX, '').replace(CLOSING_HASHES, '')));
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Addresses typed as plain text; they are visible, but a word inside one is not a word the person wrote. */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.|mailto:)[^\s<>()]+/giu;

/** The text with every address blanked out, for indexing words. */
export const withoutAddresses = (text: string): string => text.replace(URL_PATTERN, ' ');
