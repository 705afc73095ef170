import { formatDay } from '../clinical/summary';
import {
  EMDR_RESOURCE_LABELS,
  THINKING_TRAP_LABELS,
  type TherapyDiaryCard,
  type TherapyEmdrLog,
  type TherapyEmdrResource,
  type TherapyEmdrTarget,
  type TherapyExposure,
  type TherapyPractice,
  type TherapyThoughtRecord,
  type ThinkingTrap,
} from '../domain/therapy';
import { moodChanges, thoughtRecordColumns } from './thought-record';

/*
 * One printed line per homework form used in the period: counts and the
 * figures a therapist reads on that form, never a judgement. A form not used
 * in the period prints nothing.
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: readonly number[]) => (xs.length === 0 ? null : round1(xs.reduce((s, x) => s + x, 0) / xs.length));
const signed = (n: number) => (n === 0 ? '0' : n > 0 ? `+${n}` : `−${Math.abs(n)}`);
const defined = <T>(x: T | undefined | null): x is T => x !== undefined && x !== null;

/** The highest value of a row and the first day it was reached; null when no card rated it. */
function highest(cards: readonly TherapyDiaryCard[], pick: (c: TherapyDiaryCard) => number | undefined): { value: number; date: string } | null {
  let best: { value: number; date: string } | null = null;
  for (const c of [...cards].sort((a, b) => a.date.localeCompare(b.date))) {
    const v = pick(c);
    if (v !== undefined && (best === null || v > best.value)) best = { value: v, date: c.date };
  }
  return best;
}

export function thoughtRecordLine(records: readonly TherapyThoughtRecord[]): string | null {
  if (records.length === 0) return null;
  const changes = records.flatMap((r) => moodChanges(thoughtRecordColumns(r)).map((m) => m.change).filter(defined));
  const traps = new Map<ThinkingTrap, number>();
  records.forEach((r) => r.traps?.forEach((t) => traps.set(t, (traps.get(t) ?? 0) + 1)));
  const trapText = [...traps].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t, n]) => `${THINKING_TRAP_LABELS[t]} (${n})`);
  return [
    `Thought records: ${records.length}`,
    changes.length > 0 ? `moods re-rated ${plural(changes.length, 'time')}, average change ${signed(mean(changes) ?? 0)} points (0–100)` : 'no mood re-rated yet',
    trapText.length > 0 ? `thinking traps the person picked: ${trapText.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function diaryCardLine(cards: readonly TherapyDiaryCard[]): string | null {
  if (cards.length === 0) return null;
  const peak = (label: string, pick: (c: TherapyDiaryCard) => number | undefined) => {
    const h = highest(cards, pick);
    return h ? `${label} highest ${h.value}/5 (${formatDay(h.date)})` : '';
  };
  const total = (label: string, pick: (c: TherapyDiaryCard) => number | undefined) => {
    const xs = cards.map(pick).filter(defined);
    return xs.length > 0 ? `${label} ${plural(xs.reduce((s, x) => s + x, 0), 'time')}` : '';
  };
  const meds = cards.map((c) => c.medicationAsPrescribed).filter(defined);
  const misery = mean(cards.map((c) => c.misery).filter(defined));
  const skills = mean(cards.map((c) => c.skillsRating).filter(defined));
  return [
    `Diary cards: ${cards.length}`,
    peak('urge to die', (c) => c.suicidalUrge),
    peak('urge to self-harm', (c) => c.selfHarmUrge),
    peak('urge to use substances', (c) => c.substanceUrge),
    total('self-harm', (c) => c.selfHarmActions),
    total('substance use', (c) => c.substanceActions),
    misery === null ? '' : `misery average ${misery}/5`,
    meds.length > 0 ? `medication as prescribed on ${meds.filter(Boolean).length} of ${plural(meds.length, 'day')} rated` : '',
    skills === null ? '' : `skills average ${skills}/7`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function exposureLine(exposures: readonly TherapyExposure[]): string | null {
  if (exposures.length === 0) return null;
  const resisted = exposures.filter((e) => e.ritualResisted).length;
  const peakDrop = mean(exposures.map((e) => e.sudsPeak - e.sudsAfter));
  const likelihood = mean(exposures.map((e) => e.predictionLikelihood).filter(defined));
  const rituals = exposures.filter((e) => (e.rituals?.length ?? 0) > 0).length;
  return [
    `Exposures (ERP): ${exposures.length}`,
    `ritual resisted in ${resisted} of ${exposures.length}`,
    `SUDS average fall from the peak ${peakDrop} (0–100)`,
    likelihood === null ? '' : `feared outcome felt ${likelihood} % likely on average`,
    rituals > 0 ? `safety behaviours or rituals noted in ${rituals}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function emdrLine(
  logs: readonly TherapyEmdrLog[],
  resources: readonly TherapyEmdrResource[],
  target: TherapyEmdrTarget | undefined,
): string | null {
  if (logs.length === 0 && resources.length === 0 && !target) return null;
  const top = [...logs].sort((a, b) => b.sud - a.sud || a.date.localeCompare(b.date))[0];
  const kinds = [...new Set(resources.map((r) => EMDR_RESOURCE_LABELS[r.resource].toLowerCase()))];
  return [
    `EMDR between sessions: TICES log ${plural(logs.length, 'entry', 'entries')}`,
    top ? `SUD highest ${top.sud}/10 (${formatDay(top.date)})` : '',
    resources.length > 0
      ? `resource practice ${plural(resources.length, 'time')} (${kinds.join(', ')}), SUD average ${mean(resources.map((r) => r.sudBefore))} → ${mean(resources.map((r) => r.sudAfter))}`
      : '',
    target ? `positive belief as set in session on ${formatDay(target.setOn)}: “${target.positiveBelief}”${target.voc === undefined ? '' : `, VOC ${target.voc}/7`}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function practiceLine(practice: readonly TherapyPractice[]): string | null {
  if (practice.length === 0) return null;
  return `Other practice: ${plural(practice.length, 'session')} (${practice.reduce((s, p) => s + p.minutes, 0)} minutes)`;
}
