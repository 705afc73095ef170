import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { requiredText, scale, text } from './therapy-fields';

/** The thinking traps of CLINICAL.md, in its order. The person picks any that fit; Cairn never assigns one. */
export const THINKING_TRAPS = [
  'allOrNothing',
  'overgeneralising',
  'mentalFilter',
  'discountingPositive',
  'mindReading',
  'fortuneTelling',
  'magnifyingMinimising',
  'emotionalReasoning',
  'shouldStatements',
  'labelling',
  'personalisingBlame',
] as const;
export type ThinkingTrap = (typeof THINKING_TRAPS)[number];
export const THINKING_TRAP_LABELS: Record<ThinkingTrap, string> = {
  allOrNothing: 'All-or-nothing thinking',
  overgeneralising: 'Overgeneralising',
  mentalFilter: 'Mental filter',
  discountingPositive: 'Discounting the positive',
  mindReading: 'Mind reading',
  fortuneTelling: 'Fortune telling',
  magnifyingMinimising: 'Magnifying or minimising',
  emotionalReasoning: 'Emotional reasoning',
  shouldStatements: '“Should” statements',
  labelling: 'Labelling',
  personalisingBlame: 'Personalising and blame',
};

/** A mood of column 2, with its intensity then and, in column 7, re-rated after the balanced thought. */
export const thoughtMood = z.object({
  name: requiredText('A mood', 60, 'Name each mood, or remove the empty row.'),
  intensity: scale('Mood intensity', 0, 100),
  rerated: scale('Mood re-rated', 0, 100).optional(),
});
export type ThoughtMood = z.output<typeof thoughtMood>;

/**
 * An automatic thought of column 3 with how much the person believed it
 * (optional: a thought carried over from a record written before beliefs were
 * asked for has none, and Cairn does not invent one); one may be the "hot thought".
 */
export const automaticThoughtItem = z.object({
  text: requiredText('An automatic thought', 5_000, 'Write each automatic thought, or remove the empty row.'),
  belief: scale('Belief in the thought', 0, 100).optional(),
  hot: z.boolean(),
});
export type AutomaticThoughtItem = z.output<typeof automaticThoughtItem>;

const needs = 'Describe the situation first: a thought record needs at least the situation, the automatic thought and the emotion.';

/**
 * CBT thought record, seven columns (Greenberger & Padesky). The first
 * columns are needed; the rest can be filled in later.
 *
 * Records written before the seven-column form hold one `emotion` with
 * `intensityBefore`/`intensityAfter` and one `automaticThought` instead of
 * `moods` and `thoughts`; they stay valid as they are, and
 * shared/therapy/thought-record.ts reads both shapes the same way.
 */
export const therapyThoughtRecord = recordBase
  .extend({
    kind: z.literal('therapy.thoughtRecord'),
    date: isoDay,
    situation: requiredText('The situation', 5_000, needs),
    moods: z.array(thoughtMood).max(12, 'A thought record can hold up to 12 moods.').optional(),
    thoughts: z.array(automaticThoughtItem).max(20, 'A thought record can hold up to 20 automatic thoughts.').optional(),
    evidenceFor: text('Evidence for', 5_000),
    evidenceAgainst: text('Evidence against', 5_000),
    balancedThought: text('The balanced thought', 5_000),
    balancedBelief: scale('Belief in the balanced thought', 0, 100).optional(),
    traps: z
      .array(z.enum(THINKING_TRAPS, { error: 'Choose thinking traps from the list.' }))
      .max(THINKING_TRAPS.length)
      .refine((t) => new Set(t).size === t.length, 'Each thinking trap is picked once.')
      .optional(),
    // The format-1 columns (see above).
    automaticThought: text('The automatic thought', 5_000).optional(),
    emotion: text('The emotion', 200).optional(),
    intensityBefore: scale('Intensity before', 0, 100).optional(),
    intensityAfter: scale('Intensity after', 0, 100).optional(),
  })
  .superRefine((r, ctx) => {
    const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (r.thoughts === undefined ? !r.automaticThought?.trim() : r.thoughts.length === 0) issue('Write down the automatic thought.', 'thoughts');
    if (r.moods === undefined ? !r.emotion?.trim() : r.moods.length === 0) issue('Name the mood.', 'moods');
    if (r.moods === undefined && r.intensityBefore === undefined) issue('Intensity before: use a whole number from 0 to 100.', 'intensityBefore');
    if ((r.thoughts ?? []).filter((t) => t.hot).length > 1) issue('Mark one automatic thought as the hot thought.', 'thoughts');
  });
export type TherapyThoughtRecord = z.output<typeof therapyThoughtRecord>;
