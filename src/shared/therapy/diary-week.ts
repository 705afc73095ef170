import {
  DIARY_ACTIONS,
  DIARY_ACTION_LABELS,
  DIARY_EMOTIONS,
  DIARY_EMOTION_LABELS,
  DIARY_URGES,
  DIARY_URGE_LABELS,
  type TherapyDiaryCard,
} from '../domain/therapy';
import { addDays, isoWeekStart } from '../medication/days';

/** A cell: the number (or yes/no) written that day, null when the day has no card or the row was left blank. */
export type GridCell = number | boolean | null;

export interface GridRow {
  key: string;
  label: string;
  /** "0–5", "times", "0–7", "yes/no" or "0–5" for the person's own targets. */
  scale: string;
  cells: GridCell[];
}

export interface DiaryWeek {
  /** The seven days, Monday first. */
  days: string[];
  rows: GridRow[];
}

/**
 * The week that holds `day` as Linehan's card lays it out: the fixed rows in
 * the card's order, then each of the person's own targets that week (urge,
 * and whether they acted), one column per day.
 */
export function diaryWeek(cards: readonly TherapyDiaryCard[], day: string): DiaryWeek {
  const monday = isoWeekStart(day);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const byDay = new Map(cards.filter((c) => c.date >= days[0]! && c.date <= days[6]!).map((c) => [c.date, c]));
  const row = (key: string, label: string, scale: string, pick: (c: TherapyDiaryCard) => GridCell | undefined): GridRow => ({
    key,
    label,
    scale,
    cells: days.map((d) => {
      const card = byDay.get(d);
      return card ? (pick(card) ?? null) : null;
    }),
  });

  const targets = [...new Set([...byDay.values()].flatMap((c) => c.urges.map((u) => u.target)))];
  return {
    days,
    rows: [
      ...DIARY_URGES.map((k) => row(k, DIARY_URGE_LABELS[k], '0–5', (c) => c[k])),
      ...DIARY_ACTIONS.map((k) => row(k, DIARY_ACTION_LABELS[k], 'times', (c) => c[k])),
      row('misery', 'Misery', '0–5', (c) => c.misery),
      ...DIARY_EMOTIONS.map((e) => row(`feelings.${e}`, DIARY_EMOTION_LABELS[e], '0–5', (c) => c.feelings?.[e])),
      row('medicationAsPrescribed', 'Medication as prescribed', 'yes/no', (c) => c.medicationAsPrescribed),
      row('skillsRating', 'Skills used', '0–7', (c) => c.skillsRating),
      ...targets.flatMap((t) => [
        row(`target:${t}`, `Urge: ${t}`, '0–5', (c) => c.urges.find((u) => u.target === t)?.urge),
        row(`acted:${t}`, `Acted on: ${t}`, 'yes/no', (c) => c.urges.find((u) => u.target === t)?.acted),
      ]),
    ],
  };
}
