import { z } from 'zod';

/** What the date field refuses, with what to do instead. */
function dateProblem(day: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'Enter the date you answered these questions, like 2026-11-25.';
  if (day > today) return 'The date cannot be in the future.';
  if (day < '1900-01-01') return 'Enter a date after 1900.';
  return null;
}

/**
 * The questionnaire's fields as the form checks them. Unanswered items are
 * allowed (a questionnaire may be saved as incomplete, after asking); the
 * answers' number and range are the registry's, checked by the record schema
 * when it is stored.
 */
export function questionnaireForm(today: string) {
  return z.object({
    date: z.string().superRefine((day, ctx) => {
      const problem = dateProblem(day, today);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    answers: z.array(z.number().int().nullable()),
    difficulty: z.number().int().nullable(),
  });
}

export type QuestionnaireValues = z.output<ReturnType<typeof questionnaireForm>>;
