import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { requiredText, scale, text } from './therapy-fields';

/** CBT thought record. The first columns are needed; the rest can be filled in later. */
export const therapyThoughtRecord = recordBase.extend({
  kind: z.literal('therapy.thoughtRecord'),
  date: isoDay,
  situation: requiredText(
    'The situation',
    5_000,
    'Describe the situation first: a thought record needs at least the situation, the automatic thought and the emotion.',
  ),
  automaticThought: requiredText('The automatic thought', 5_000, 'Write down the automatic thought.'),
  emotion: requiredText('The emotion', 200, 'Name the emotion.'),
  intensityBefore: scale('Intensity before', 0, 100),
  evidenceFor: text('Evidence for', 5_000),
  evidenceAgainst: text('Evidence against', 5_000),
  balancedThought: text('The balanced thought', 5_000),
  intensityAfter: scale('Intensity after', 0, 100).optional(),
});
export type TherapyThoughtRecord = z.output<typeof therapyThoughtRecord>;

export const DBT_MODULES = ['mindfulness', 'distressTolerance', 'emotionRegulation', 'interpersonalEffectiveness'] as const;
export type DbtModule = (typeof DBT_MODULES)[number];
export const DBT_MODULE_LABELS: Record<DbtModule, string> = {
  mindfulness: 'Mindfulness',
  distressTolerance: 'Distress tolerance',
  emotionRegulation: 'Emotion regulation',
  interpersonalEffectiveness: 'Interpersonal effectiveness',
};

/** One card per day: its id is derived from the day, so saving a day twice replaces that day's card. */
export const diaryCardId = (date: string) => `therapy.diaryCard:${date}`;

export const therapyDiaryCard = recordBase
  .extend({
    kind: z.literal('therapy.diaryCard'),
    date: isoDay,
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

/** One rung of the ERP ladder: a feared situation and the distress the user expects. */
export const therapyExposureStep = recordBase.extend({
  kind: z.literal('therapy.exposureStep'),
  situation: requiredText('The situation', 500, 'Describe the feared situation.'),
  expectedSuds: scale('Expected SUDS', 0, 100),
  rank: scale('Rank', 1, 1_000),
});
export type TherapyExposureStep = z.output<typeof therapyExposureStep>;

/** One exposure done on a day, with SUDS before, at the peak and after. */
export const therapyExposure = recordBase
  .extend({
    kind: z.literal('therapy.exposure'),
    date: isoDay,
    stepId: z.string({ error: 'Choose the ladder step you practised.' }).min(1, 'Choose the ladder step you practised.').max(64),
    sudsBefore: scale('SUDS before', 0, 100),
    sudsPeak: scale('SUDS at peak', 0, 100),
    sudsAfter: scale('SUDS after', 0, 100),
    ritualResisted: z.boolean(),
    note: text('The note', 5_000),
  })
  .refine((e) => e.sudsPeak >= e.sudsBefore && e.sudsPeak >= e.sudsAfter, {
    message: 'SUDS at peak is the highest point, so it can’t be lower than before or after.',
    path: ['sudsPeak'],
  });
export type TherapyExposure = z.output<typeof therapyExposure>;

/** Any other skill practised: what, for how long, how it went. */
export const therapyPractice = recordBase.extend({
  kind: z.literal('therapy.practice'),
  date: isoDay,
  what: requiredText('What you practised', 200, 'Say what you practised.'),
  minutes: scale('Minutes', 1, 1_440),
  howItWent: text('How it went', 5_000),
});
export type TherapyPractice = z.output<typeof therapyPractice>;
