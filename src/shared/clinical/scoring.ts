import { safetyAnswer, type Band, type Questionnaire } from './questionnaires';

/** One item's answer: 0–3, or null when the item was left unanswered. */
export type Answer = number | null;

export type Score =
  | { complete: true; total: number; band: Band }
  /** Item numbers (1-based) left unanswered: there is no total, never a lower one. */
  | { complete: false; unanswered: number[] };

const isAnswerValue = (q: Questionnaire, value: number) => q.answers.some((a) => a.value === value);

/** Sums the items. Any unanswered item means no total at all (CLINICAL.md). */
export function scoreAnswers(q: Questionnaire, answers: readonly Answer[]): Score {
  if (answers.length !== q.items.length) {
    throw new RangeError(`${q.name} has ${q.items.length} items, got ${answers.length} answers.`);
  }
  const unanswered: number[] = [];
  let total = 0;
  answers.forEach((answer, index) => {
    if (answer === null) unanswered.push(index + 1);
    else if (!isAnswerValue(q, answer)) throw new RangeError(`${q.name} item ${index + 1}: ${answer} is not an answer.`);
    else total += answer;
  });
  if (unanswered.length > 0) return { complete: false, unanswered };
  return { complete: true, total, band: bandFor(q, total) };
}

export function bandFor(q: Questionnaire, total: number): Band {
  const band = q.bands.find((b) => total >= b.min && total <= b.max);
  if (!Number.isInteger(total) || !band) throw new RangeError(`${q.name} totals run from 0 to ${q.maxTotal}, not ${total}.`);
  return band;
}

/** A plain, neutral description of a band: what the range is called, not what to do about it. */
export function bandMeaning(q: Questionnaire, band: Band): string {
  return (
    `On the ${q.name}, totals from ${band.min} to ${band.max} fall in the ${band.label} band. ` +
    `The band describes how much these problems bothered you over the last 2 weeks; it is not a diagnosis.`
  );
}

/** The questionnaire's safety item (PHQ-9 item 9) answered above 0 (thoughts of being better off dead or of self-harm). */
export function safetyItemAnswered(q: Questionnaire, answers: readonly Answer[]): boolean {
  const answer = safetyAnswer(q, answers);
  return answer !== null && answer > 0;
}
