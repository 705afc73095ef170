import { z } from 'zod';
import { periodProblem } from '../../../shared/summary/period';
import { SECTIONS } from '../../../shared/summary/sections';

export const SUMMARY_NAME_MAX = 120;

/** Which date a period problem is about, so its message sits by that field. */
const PROBLEM_FIELD: Record<string, 'from' | 'to'> = {
  'Choose a start date.': 'from',
  'Choose an end date.': 'to',
  'The start date is after the end date.': 'from',
  'The end date is in the future; a summary covers days that have happened.': 'to',
};

/**
 * What goes into the summary, checked as the person changes it: a period the
 * summary cannot cover gets shared/summary/period's message on its date, and
 * no preview or PDF.
 */
export function summaryOptionsForm(today: string) {
  return z
    .object({
      from: z.string(),
      to: z.string(),
      audience: z.enum(['prescriber', 'therapist']),
      sections: z.object(Object.fromEntries(SECTIONS.map((id) => [id, z.boolean()])) as Record<(typeof SECTIONS)[number], z.ZodBoolean>),
      name: z.string().max(SUMMARY_NAME_MAX, `Up to ${SUMMARY_NAME_MAX} characters.`),
      includeEntryText: z.boolean(),
      paper: z.enum(['A4', 'Letter']),
    })
    .superRefine((options, ctx) => {
      const problem = periodProblem(options, today);
      if (problem) ctx.addIssue({ code: 'custom', path: [PROBLEM_FIELD[problem] ?? 'from'], message: problem });
    });
}

export type SummaryOptionsValues = z.output<ReturnType<typeof summaryOptionsForm>>;
