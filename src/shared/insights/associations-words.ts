import type { Comparison, FactorKind, Lag, Outcome } from './associations';

/**
 * The words for a pattern. CLINICAL.md: "tends to go with", never "causes",
 * never "helps" as a fact, never what to do.
 */

const round1 = (n: number): string => {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
};

/** A signed difference as a table shows it: "+1.2", "−0.4", "0". */
export const signed = (n: number): string => {
  const text = round1(Math.abs(n));
  if (text === '0') return '0';
  return n > 0 ? `+${text}` : `−${text}`;
};

export const OUTCOME_WORDS: Record<Outcome, string> = { mood: 'Mood', anxiety: 'Anxiety' };
export const LAG_WORDS: Record<Lag, string> = { same: 'the same day', next: 'the next day' };

export const KIND_WORDS: Record<FactorKind, string> = {
  tag: 'Tag',
  trigger: 'Trigger',
  coping: 'Coping skill',
  missedDose: 'Medication',
  shortSleep: 'Sleep',
  longSleep: 'Sleep',
};

/** How the factor reads as the subject of a sentence. */
export function factorPhrase({ kind, label }: Comparison['factor']): string {
  if (kind === 'tag') return `Days tagged “${label}”`;
  if (kind === 'trigger') return `Days with the trigger “${label}”`;
  if (kind === 'coping') return `Days you used “${label}”`;
  if (kind === 'missedDose') return 'Days after a missed dose';
  return `Days after ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** "Days tagged “walk” tend to go with mood 2 points higher the same day (7 days with, 7 without)." */
export function describe(c: Comparison): string {
  const diff = Math.round(c.interval.difference * 10) / 10;
  const outcome = OUTCOME_WORDS[c.outcome].toLowerCase();
  const size = Math.abs(diff);
  const change = diff === 0 ? 'about the same' : `${round1(size)} point${size === 1 ? '' : 's'} ${diff > 0 ? 'higher' : 'lower'}`;
  return `${factorPhrase(c.factor)} tend to go with ${outcome} ${change} ${LAG_WORDS[c.lag]} (${c.with.n} days with, ${c.without.n} without).`;
}

/** The interval in words, saying plainly when it includes no difference at all. */
export function intervalWords(c: Comparison): string {
  const { low, high } = c.interval;
  const range = `${signed(low)} to ${signed(high)}`;
  return low <= 0 && high >= 0 ? `${range} (could be no difference)` : range;
}
