/** Seeded randomness and filler text, so the same seed always gives the same data. */

/** mulberry32: tiny, fast and good enough for varied but repeatable data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  chance: (p: number) => boolean;
  some: <T>(list: readonly T[], p: number) => T[];
  sentence: (min?: number, max?: number) => string;
}

const WORDS = (
  'today slept woke early late walked talked felt tired calm anxious hopeful heavy light work meeting ' +
  'friend sister brother mother father therapist session homework breathing kitchen garden rain sun ' +
  'morning evening night coffee tea music book film train bus office home park river dog cat lunch ' +
  'dinner call message worried better worse steady noticed thought feeling body chest shoulders head ' +
  'sleep dream dose pill prescriber appointment plan small step tried again managed skipped kept ' +
  'grateful restless quiet loud crowded shop cooked cleaned read wrote painted ran swam cycled'
).split(' ');

/** Rare words, so a search has a known, modest number of hits. */
export const RARE_WORDS = ['lighthouse', 'marmalade', 'quince', 'zeppelin', 'harpsichord'] as const;

export function rng(seed: number): Rng {
  const next = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  const some = <T>(list: readonly T[], p: number): T[] => list.filter(() => next() < p);
  const sentence = (min = 5, max = 14) => {
    const words = Array.from({ length: int(min, max) }, () => (next() < 0.003 ? pick(RARE_WORDS) : pick(WORDS)));
    const text = words.join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  return { next, int, pick, chance, some, sentence };
}

/** A Markdown body of `min`..`max` characters: headings, emphasis, lists and plain paragraphs. */
export function markdown(r: Rng, min: number, max: number): string {
  const target = r.int(min, max);
  const blocks: string[] = [];
  let length = 0;
  while (length < target) {
    const roll = r.next();
    const block =
      roll < 0.1
        ? `## ${r.sentence(2, 5).slice(0, -1)}`
        : roll < 0.25
          ? `- ${r.sentence()}\n- ${r.sentence()}\n- ${r.sentence(3, 6)}`
          : `${r.sentence()} **${r.sentence(1, 3).slice(0, -1)}** ${r.sentence()} _${r.sentence(2, 4).slice(0, -1)}_.`;
    blocks.push(block);
    length += block.length + 2;
  }
  const body = blocks.join('\n\n');
  return body.length > max ? body.slice(0, max).trimEnd() : body;
}

const DAY_MS = 86_400_000;

/** Calendar days as YYYY-MM-DD, computed in UTC so the result does not depend on the machine's zone. */
export const dayPlus = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Noon UTC stays on the same calendar day in every zone from UTC-11 to UTC+11. */
export const noon = (day: string): string => `${day}T12:00:00.000Z`;

export const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
