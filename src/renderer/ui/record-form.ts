import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { z } from 'zod';

/** A form's own rule (a plan lies ahead): the field it names (dotted, "dose.times.1") and what to say. */
export interface FormProblem {
  field: string;
  message: string;
}

/** Where a record's issue lands when the form's fields are named as the record names them ("moods.0.intensity"). */
const samePath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/**
 * The one react-hook-form resolver for forms that make a stored record (the zod
 * resolver underneath). What was typed is built into the record (`build`, with
 * its id and timestamps) and judged by the record's own schema, so the form and
 * storage can never disagree about what is valid. Every zod issue is put on the
 * field its path names: `fieldOf` maps a record path to a field name, and by
 * default the record's path is the field's. The form's own rules (`rules`) come
 * first, so on a field with both, the rule's message is the one shown. The
 * values handed to the submit handler are the parsed record, so a form saves
 * exactly what was checked (one id, one timestamp).
 */
export function recordResolver<F extends FieldValues, R>(
  record: z.ZodType<R>,
  build: (fields: F) => unknown,
  fieldOf: (path: readonly PropertyKey[], fields: F) => string = samePath,
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
