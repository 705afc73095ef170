import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { requiredText, scale, text } from './therapy-fields';

/**
 * EMDR between sessions: a TICES log is a snapshot of what came up (trigger,
 * image, cognition, emotion, sensation, SUD 0–10), not a narrative.
 * Processing happens with the therapist, so Cairn has no bilateral stimulation.
 */
export const therapyEmdrLog = recordBase.extend({
  kind: z.literal('therapy.emdrLog'),
  date: isoDay,
  trigger: requiredText('The trigger', 500, 'Note the trigger: what set it off.'),
  image: text('The image', 500),
  cognition: text('The thought', 500),
  emotion: text('The emotion', 200),
  sensation: text('The body sensation', 500),
  sud: scale('SUD', 0, 10),
});
export type TherapyEmdrLog = z.output<typeof therapyEmdrLog>;

export const EMDR_RESOURCES = ['calmPlace', 'container', 'other'] as const;
export type EmdrResource = (typeof EMDR_RESOURCES)[number];
export const EMDR_RESOURCE_LABELS: Record<EmdrResource, string> = {
  calmPlace: 'Calm place',
  container: 'Container',
  other: 'Another resource',
};

/** Practice of a resource taught in session, with SUD before and after. */
export const therapyEmdrResource = recordBase.extend({
  kind: z.literal('therapy.emdrResource'),
  date: isoDay,
  resource: z.enum(EMDR_RESOURCES, { error: 'Choose the resource you practised.' }),
  sudBefore: scale('SUD before', 0, 10),
  sudAfter: scale('SUD after', 0, 10),
  note: text('The note', 2_000),
});
export type TherapyEmdrResource = z.output<typeof therapyEmdrResource>;

/**
 * The current target's positive belief and its VOC (1–7), only as the
 * therapist set them in a session: the person copies them here, dated, and
 * Cairn never asks for a VOC rating of its own.
 */
export const therapyEmdrTarget = recordBase.extend({
  kind: z.literal('therapy.emdrTarget'),
  setOn: isoDay,
  positiveBelief: requiredText('The positive belief', 500, 'Write the positive belief as your therapist set it.'),
  voc: scale('VOC', 1, 7).optional(),
});
export type TherapyEmdrTarget = z.output<typeof therapyEmdrTarget>;
