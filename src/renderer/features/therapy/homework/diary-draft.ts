import { DBT_MODULES, DIARY_EMOTIONS, diaryCardId, type DbtModule, type DiaryEmotion, type TherapyDiaryCard } from '../../../../shared/domain/therapy';
import { numberOrUndefined, recordMeta } from '../format';
import { fixedDraftFrom, fixedRowsOf, type FixedDraft } from './DiaryFixedRows';

/**
 * A diary card as its form holds it: the fixed rows at the top level (named as
 * the stored card names them, so the schema's messages land on their fields),
 * then the person's own targets and emotions, the skills and the note.
 */
export type DiaryDraft = FixedDraft & {
  urges: { target: string; urge: string; acted: boolean }[];
  emotions: { name: string; intensity: string }[];
  skills: Record<DbtModule, { used: boolean; which: string }>;
  note: string;
};

/** The form's own shape is made by the form; what is checked is the card it builds (recordResolver). */

/** A day's card, or a fresh one that keeps the names (not the ratings) of the latest card's targets and emotions. */
export function diaryDraftFrom(card: TherapyDiaryCard | undefined, template: TherapyDiaryCard | undefined): DiaryDraft {
  const skills = Object.fromEntries(
    DBT_MODULES.map((m) => {
      const used = card?.skills.find((s) => s.module === m);
      return [m, { used: Boolean(used), which: used?.which ?? '' }];
    }),
  ) as DiaryDraft['skills'];
  return {
    ...fixedDraftFrom(card),
    urges: card
      ? card.urges.map((u) => ({ target: u.target, urge: String(u.urge), acted: u.acted }))
      : (template?.urges ?? []).map((u) => ({ target: u.target, urge: '', acted: false })),
    emotions: card ? card.emotions.map((e) => ({ name: e.name, intensity: String(e.intensity) })) : (template?.emotions ?? []).map((e) => ({ name: e.name, intensity: '' })),
    skills,
    note: card?.note ?? '',
  };
}

/** The card to store for a day: its id is the day's, so a day has one card. */
export const toDiaryCard = (draft: DiaryDraft, date: string, existing?: TherapyDiaryCard): TherapyDiaryCard => ({
  kind: 'therapy.diaryCard',
  ...recordMeta(existing),
  id: diaryCardId(date),
  date,
  ...fixedRowsOf(draft),
  urges: draft.urges.map((u) => ({ target: u.target.trim(), urge: numberOrUndefined(u.urge) as number, acted: u.acted })),
  emotions: draft.emotions.map((e) => ({ name: e.name.trim(), intensity: numberOrUndefined(e.intensity) as number })),
  skills: DBT_MODULES.filter((m) => draft.skills[m].used).map((m) => ({ module: m, which: draft.skills[m].which })),
  note: draft.note,
});

/** Where the stored card's schema reports a fixed row: the five emotions sit under `feelings`. */
export const isFeeling = (key: string): key is DiaryEmotion => (DIARY_EMOTIONS as readonly string[]).includes(key);
