import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { z } from 'zod';

/** A form's own rule (a plan lies ahead): the field it names and what to say. */
export interface FormProblem {
  field: string;
  message: string;
}

/**
 * A react-hook-form resolver (the zod resolver underneath) that judges what was
 * typed by the stored record's own schema: the fields are built into the record
 * and every zod issue is put on the field its path names (`fieldOf`), so the
 * form and storage can never disagree about what is valid. The form's own
 * rules (`rules`) come first; the values handed to the submit handler are the
 * parsed record.
 */
export function recordResolver<F extends FieldValues, R>(
  record: z.ZodType<R>,
  build: (fields: F) => unknown,
  fieldOf: (path: readonly PropertyKey[], fields: F) => string,
  rules: (fields: F) => FormProblem[] = () => [],
): Resolver<F, unknown, R> {
  const schema = z.custom<F>().transform((fields, ctx) => {
    const problems = rules(fields);
    for (const p of problems) ctx.addIssue({ code: 'custom', message: p.message, path: [p.field] });
    const result = record.safeParse(build(fields));
    if (result.success && problems.length === 0) return result.data;
    for (const issue of result.success ? [] : result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [fieldOf(issue.path, fields)] });
    return z.NEVER;
  });
  return zodResolver(schema as never) as unknown as Resolver<F, unknown, R>;
}

/** A field's message from react-hook-form's errors, by its dotted name ("dose.times.1"). */
export function messageAt(errors: FieldValues, name: string): string | undefined {
  let at: unknown = errors;
  for (const key of name.split('.')) at = (at as Record<string, unknown> | undefined)?.[key];
  const message = (at as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? message : undefined;
}
