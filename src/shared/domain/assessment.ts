import { z } from 'zod';
import { isoDay, recordBase } from './record';

/** 0–3 as on the paper form; null = left unanswered (then there is no total). */
const itemAnswer = z.number().int().min(0, 'Answers run from 0 to 3.').max(3, 'Answers run from 0 to 3.').nullable();

const taken = recordBase.extend({
  date: isoDay,
  /** Outcomes use this one as baseline instead of the first in the period. */
  isBaseline: z.boolean().optional(),
  /**
   * Saved while the person was still answering (an item-9 answer above 0 is kept at once):
   * an unfinished questionnaire they can resume or discard. Absent once they finish.
   */
  draft: z.literal(true).optional(),
});

/** One PHQ-9. The total is never stored: it is derived from the answers, so it cannot drift. */
export const phq9Record = taken.extend({
  kind: z.literal('assessment.phq9'),
  answers: z.array(itemAnswer).length(9, 'The PHQ-9 has 9 items.'),
  /** The optional 10th question: recorded, not scored. */
  difficulty: itemAnswer.optional(),
});

export const gad7Record = taken.extend({
  kind: z.literal('assessment.gad7'),
  answers: z.array(itemAnswer).length(7, 'The GAD-7 has 7 items.'),
  /** The same optional difficulty question: recorded, not scored. */
  difficulty: itemAnswer.optional(),
});

/** Every questionnaire's record schema; the union of all records takes them from here (index.ts). */
export const assessmentRecords = [phq9Record, gad7Record] as const;

export type Phq9Record = z.output<typeof phq9Record>;
export type Gad7Record = z.output<typeof gad7Record>;
export type AssessmentRecord = Phq9Record | Gad7Record;
export type AssessmentKind = AssessmentRecord['kind'];
