import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { requiredText, scale, text } from './therapy-fields';

/** One rung of the ERP ladder: a feared situation and the distress the user expects. */
export const therapyExposureStep = recordBase.extend({
  kind: z.literal('therapy.exposureStep'),
  situation: requiredText('The situation', 500, 'Describe the feared situation.'),
  expectedSuds: scale('Expected SUDS', 0, 100),
  rank: scale('Rank', 1, 1_000),
});
export type TherapyExposureStep = z.output<typeof therapyExposureStep>;

export const EXPOSURE_TYPES = ['inVivo', 'imaginal', 'interoceptive'] as const;
export type ExposureType = (typeof EXPOSURE_TYPES)[number];
export const EXPOSURE_TYPE_LABELS: Record<ExposureType, string> = {
  inVivo: 'In real life (in vivo)',
  imaginal: 'Imagined (imaginal)',
  interoceptive: 'Body sensations (interoceptive)',
};

/** Safety behaviours and rituals that crept in, mental ones and reassurance seeking included. */
export const EXPOSURE_RITUALS = ['compulsion', 'mentalRitual', 'reassurance', 'avoidance', 'safetyBehaviour'] as const;
export type ExposureRitual = (typeof EXPOSURE_RITUALS)[number];
export const EXPOSURE_RITUAL_LABELS: Record<ExposureRitual, string> = {
  compulsion: 'A compulsion I did (washing, checking…)',
  mentalRitual: 'A mental ritual (counting, praying, reviewing…)',
  reassurance: 'Asking for or seeking reassurance',
  avoidance: 'Avoiding part of it',
  safetyBehaviour: 'A safety behaviour (gloves, an object, a person…)',
};

const RITUAL_MESSAGE = 'Say whether you resisted the ritual: choose Yes or No.';

/**
 * One exposure done on a day. `ritualResisted` has no default in the form:
 * the person chooses each time. The fields after it are optional so logs
 * written before they existed stay valid.
 */
export const therapyExposure = recordBase
  .extend({
    kind: z.literal('therapy.exposure'),
    date: isoDay,
    stepId: z.string({ error: 'Choose the ladder step you practised.' }).min(1, 'Choose the ladder step you practised.').max(64),
    sudsBefore: scale('SUDS before', 0, 100),
    sudsPeak: scale('SUDS at peak', 0, 100),
    sudsAfter: scale('SUDS after', 0, 100),
    ritualResisted: z.boolean({ error: RITUAL_MESSAGE }),
    note: text('The note', 5_000),
    exposureType: z.enum(EXPOSURE_TYPES, { error: 'Choose a type of exposure from the list.' }).optional(),
    prediction: text('What you feared would happen', 2_000).optional(),
    predictionLikelihood: scale('How likely it felt', 0, 100).optional(),
    whatHappened: text('What actually happened', 5_000).optional(),
    durationMinutes: scale('Duration in minutes', 1, 1_440).optional(),
    rituals: z
      .array(z.enum(EXPOSURE_RITUALS, { error: 'Choose rituals from the list.' }))
      .max(EXPOSURE_RITUALS.length)
      .refine((r) => new Set(r).size === r.length, 'Each ritual is listed once.')
      .optional(),
    ritualsNote: text('Safety behaviours and rituals', 2_000).optional(),
  })
  .refine((e) => e.sudsPeak >= e.sudsBefore && e.sudsPeak >= e.sudsAfter, {
    message: 'SUDS at peak is the highest point, so it can’t be lower than before or after.',
    path: ['sudsPeak'],
  });
export type TherapyExposure = z.output<typeof therapyExposure>;
