/**
 * Numbers Cairn names as examples only (CLINICAL.md): the plan's own crisis
 * lines are always the person's entries, and Cairn never dials or sends.
 * Crisis lines and emergency numbers are different services, so they are
 * always named apart.
 */
export const CRISIS_LINES = [
  { number: '988', where: 'US and Canada' },
  { number: '116 123', where: 'Samaritans, UK and Ireland' },
] as const;

export const EMERGENCY_NUMBERS = [
  { number: '911', where: 'US and Canada' },
  { number: '112', where: 'across the EU' },
] as const;

const list = (entries: readonly { number: string; where: string }[]) => entries.map((e) => `${e.number} (${e.where})`).join(', ');

/** "988 (US and Canada), 116 123 (Samaritans, UK and Ireland)" */
export const crisisLinesText = (): string => list(CRISIS_LINES);
/** "911 (US and Canada), 112 (across the EU)" */
export const emergencyNumbersText = (): string => list(EMERGENCY_NUMBERS);

/** The one sentence of hope the safety screen shows: it promises nothing (CLINICAL.md, "One safety path"). */
export const HOPE_SENTENCE = 'Thoughts like these can ease with support; the people on your plan would want to know.';
