import { z } from 'zod';

/** Calendar day in the user's local time, e.g. "2026-11-25". */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-25.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'That date does not exist.');

/** Fields every stored record has; each domain adds its own `kind` and fields. */
export const recordBase = z.object({
  id: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
