import { formatTime } from '../time/format';
import { FREQUENCY_ANSWERS, PHQ9_SAFETY_ITEM } from './questionnaires';

/**
 * The one safety path's sources (CLINICAL.md, "One safety path"), as dated
 * signals: PHQ-9 item 9 above 0, a diary-card urge to die or to self-harm of 4
 * or more, or a self-harm action. Pure: the check-ins form, the diary card and
 * the appointment summary all ask this one place.
 */

/** A diary-card urge at or above this (0–5 scale) opens the safety screen and is flagged on the summary. */
export const URGE_THRESHOLD = 4;

/** What this module reads from a PHQ-9: its day and its answers, final or unfinished. */
export interface Phq9Like {
  date: string;
  answers: readonly (number | null)[];
  draft?: boolean;
}

/**
 * What it reads from a DBT diary card: the three optional fixed rows agreed with
 * the diary-card schema (src/shared/domain/therapy-homework.ts). Cards written
 * before those rows existed simply have none.
 */
export interface DiaryCardLike {
  date: string;
  /** Urge to die (suicidal ideation), 0–5. */
  suicidalUrge?: number;
  /** Urge to self-harm, 0–5. */
  selfHarmUrge?: number;
  /** Self-harm actions taken that day, a count. */
  selfHarmActions?: number;
}

export type SafetySource = 'phq9-item9' | 'diary-suicidal-urge' | 'diary-self-harm-urge' | 'diary-self-harm-action' | 'struggling-button';

/** What it reads from a press of "I'm struggling": its day and time. */
export interface ReachOutLike {
  date: string;
  time: string;
}

export interface SafetySignal {
  /** YYYY-MM-DD */
  date: string;
  source: SafetySource;
  /** The answer (1–3), the urge (4–5) or the number of actions. */
  value: number;
  /** What prints in the summary's flag, e.g. "PHQ-9 item 9: 1 — Several days". */
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The item-9 signal of one PHQ-9 (its answer as it is now), or none. */
export function phq9Signal(record: Phq9Like): SafetySignal | null {
  const answer = record.answers[PHQ9_SAFETY_ITEM];
  if (answer === undefined || answer === null || answer <= 0) return null;
  const label = FREQUENCY_ANSWERS.find((a) => a.value === answer)?.label ?? String(answer);
  const unfinished = record.draft ? ' (questionnaire not finished)' : '';
  return { date: record.date, source: 'phq9-item9', value: answer, text: `PHQ-9 item 9: ${answer} — ${label}${unfinished}` };
}

/** The signals of one diary card: each urge of 4 or more, and any self-harm action. */
export function diaryCardSignals(card: DiaryCardLike): SafetySignal[] {
  const signals: SafetySignal[] = [];
  const urge = (source: SafetySource, value: number | undefined, what: string) => {
    if (value !== undefined && value >= URGE_THRESHOLD) {
      signals.push({ date: card.date, source, value, text: `Diary card: ${what} ${value} of 5` });
    }
  };
  urge('diary-suicidal-urge', card.suicidalUrge, 'urge to die');
  urge('diary-self-harm-urge', card.selfHarmUrge, 'urge to self-harm');
  const actions = card.selfHarmActions;
  if (actions !== undefined && actions > 0) {
    signals.push({
      date: card.date,
      source: 'diary-self-harm-action',
      value: actions,
      text: `Diary card: ${plural(actions, 'self-harm action', 'self-harm actions')}`,
    });
  }
  return signals;
}

/** Does this diary card call for the safety screen? */
export const diaryCardNeedsSafetyPath = (card: DiaryCardLike): boolean => diaryCardSignals(card).length > 0;

const ORDER: readonly SafetySource[] = ['phq9-item9', 'diary-suicidal-urge', 'diary-self-harm-urge', 'diary-self-harm-action', 'struggling-button'];

/** The signal of one press of "I'm struggling". */
export const reachOutSignal = (press: ReachOutLike): SafetySignal => ({
  date: press.date,
  source: 'struggling-button',
  value: 1,
  text: `Pressed “I’m struggling” at ${formatTime(press.time)}`,
});

/**
 * Every signal in the inclusive period, oldest first. Each PHQ-9 counts with
 * its answer as saved now, so a corrected answer replaces the first one.
 */
export function safetySignals(
  sources: { phq9: readonly Phq9Like[]; diaryCards: readonly DiaryCardLike[]; reachOuts?: readonly ReachOutLike[] },
  period: { from: string; to: string },
): SafetySignal[] {
  const inPeriod = (item: { date: string }) => item.date >= period.from && item.date <= period.to;
  const signals = [
    ...sources.phq9.filter(inPeriod).flatMap((r) => phq9Signal(r) ?? []),
    ...sources.diaryCards.filter(inPeriod).flatMap(diaryCardSignals),
    ...(sources.reachOuts ?? []).filter(inPeriod).map(reachOutSignal),
  ];
  return signals.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.source) - ORDER.indexOf(b.source));
}
