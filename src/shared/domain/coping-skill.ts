import { z } from 'zod';
import { recordBase } from './record';
import { requiredText, text } from './therapy-fields';

/** A check-in's coping list holds items of up to 60 characters, and a skill's name goes into that list when it is used. */
export const COPING_NAME_MAX = 60;

/**
 * One of the person's coping skills, with the steps in their own words
 * (issue 20, point 5). Undated: a skill is kept until the person archives it;
 * archived skills stay stored so old check-ins that name them still make sense.
 */
export const copingSkill = recordBase.extend({
  kind: z.literal('coping.skill'),
  name: requiredText('The name', COPING_NAME_MAX, 'Give the skill a short name.').refine((s) => s.trim() === s, 'Remove the spaces at the start or end of the name.'),
  steps: text('The steps', 5_000),
  archived: z.boolean(),
});
export type CopingSkill = z.output<typeof copingSkill>;
