import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { z } from 'zod';

/**
 * A react-hook-form resolver that checks what the person typed against the
 * stored record's own schema: the form's values are built into the record
 * (with its id and timestamps) and every zod issue lands on the field its path
 * names. The form and storage therefore can never disagree about what is valid.
 */
export function recordResolver<V extends FieldValues>(fields: z.ZodType<V>, record: z.ZodType, build: (values: V) => unknown): Resolver<V> {
  const checked = fields.superRefine((values, ctx) => {
    const result = record.safeParse(build(values));
    if (result.success) return;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });
  return zodResolver(checked as never) as unknown as Resolver<V>;
}
