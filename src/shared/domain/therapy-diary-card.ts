import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { requiredText, scale, text } from './therapy-fields';

export const DBT_MODULES = ['mindfulness', 'distressTolerance', 'emotionRegulation', 'interpersonalEffectiveness'] as const;
export type DbtModule = (typeof DBT_MODULES)[number];
export const DBT_MODULE_LABELS: Record<DbtModule, string> = {
  mindfulness: 'Mindfulness',
  distressTolerance: 'Distress tolerance',
  emotionRegulation: 'Emotion regulation',
  interpersonalEffectiveness: 'Interpersonal effectiveness',
};

/** The five emotions of Linehan's card, each 0–5. */
export const DIARY_EMOTIONS = ['sadness', 'shame', 'anger', 'fear', 'joy'] as const;
export type DiaryEmotion = (typeof DIARY_EMOTIONS)[number];
export const DIARY_EMOTION_LABELS: Record<DiaryEmotion, string> = {
  sadness: 'Sadness',
  shame: 'Shame',
  anger: 'Anger',
  fear: 'Fear',
  joy: 'Joy',
};

/** Linehan's anchors for the skills column (0–7), as printed on the card. */
export const SKILLS_SCALE_LABELS = [
  'Not thought about or used',
  'Thought about, not used, didn’t want to',
  'Thought about, not used, wanted to',
  'Tried but couldn’t use them',
  'Tried, could do them, but they didn’t help',
  'Tried, could use them, helped',
  'Didn’t try, used them, didn’t help',
  'Didn’t try, used them, helped',
] as const;

/** The card's fixed rows: urges 0–5 and actions as counts, rated once a day. */
export const DIARY_URGES = ['suicidalUrge', 'selfHarmUrge', 'substanceUrge'] as const;
export type DiaryUrge = (typeof DIARY_URGES)[number];
export const DIARY_URGE_LABELS: Record<DiaryUrge, string> = {
  suicidalUrge: 'Urge to die',
  selfHarmUrge: 'Urge to self-harm',
  substanceUrge: 'Urge to use substances',
};
export const DIARY_ACTIONS = ['selfHarmActions', 'substanceActions'] as const;
export type DiaryAction = (typeof DIARY_ACTIONS)[number];
export const DIARY_ACTION_LABELS: Record<DiaryAction, string> = {
  selfHarmActions: 'Self-harm',
  substanceActions: 'Substance use',
};

const count = (label: string) => {
  const message = `${label}: use a whole number, 0 or more.`;
  return z.number({ error: message }).int(message).min(0, message).max(999, message);
};

/** One card per day: its id is derived from the day, so saving a day twice replaces that day's card. */
export const diaryCardId = (date: string) => `therapy.diaryCard:${date}`;

/**
 * A DBT diary card (Linehan's layout). The fixed rows are optional so cards
 * written before they existed stay valid, and a person can leave a row blank
 * rather than guess. `suicidalUrge`, `selfHarmUrge` and `selfHarmActions` are
 * read by the one safety path; keep their names.
 */
export const therapyDiaryCard = recordBase
  .extend({
    kind: z.literal('therapy.diaryCard'),
    date: isoDay,
    suicidalUrge: scale('Urge to die', 0, 5).optional(),
    selfHarmUrge: scale('Urge to self-harm', 0, 5).optional(),
    substanceUrge: scale('Urge to use substances', 0, 5).optional(),
    selfHarmActions: count('Self-harm').optional(),
    substanceActions: count('Substance use').optional(),
    misery: scale('Misery', 0, 5).optional(),
    feelings: z
      .object(Object.fromEntries(DIARY_EMOTIONS.map((e) => [e, scale(DIARY_EMOTION_LABELS[e], 0, 5).optional()])) as Record<DiaryEmotion, z.ZodOptional<ReturnType<typeof scale>>>)
      .optional(),
    medicationAsPrescribed: z.boolean().optional(),
    skillsRating: scale('Skills', 0, 7).optional(),
    /** The person's own targets. */
    urges: z
      .array(
        z.object({
          target: requiredText('A target behaviour', 120, 'Name each target behaviour, or remove the empty row.'),
          urge: scale('Urge', 0, 5),
          acted: z.boolean(),
        }),
      )
      .max(30, 'A diary card can track up to 30 target behaviours.'),
    emotions: z
      .array(
        z.object({
          name: requiredText('An emotion', 60, 'Name each emotion, or remove the empty row.'),
          intensity: scale('Emotion intensity', 0, 5),
        }),
      )
      .max(30, 'A diary card can rate up to 30 emotions.'),
    skills: z
      .array(z.object({ module: z.enum(DBT_MODULES), which: text('Skills used', 500) }))
      .max(DBT_MODULES.length)
      .refine((s) => new Set(s.map((x) => x.module)).size === s.length, 'Each DBT module is listed once.'),
    note: text('The note', 5_000),
  })
  .refine((c) => c.id === diaryCardId(c.date), {
    message: 'There is one diary card per day.',
    path: ['id'],
  });
export type TherapyDiaryCard = z.output<typeof therapyDiaryCard>;
