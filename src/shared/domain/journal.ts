import { z } from 'zod';
import { isoDay, recordBase } from './record';

/** A free-form journal entry. The body is Markdown, shown without raw HTML. */
export const journalEntry = recordBase.extend({
  kind: z.literal('journal.entry'),
  date: isoDay,
  time: z.string().regex(/^\d{2}:\d{2}$/, 'Use a time like 14:30.'),
  title: z.string().max(200, 'Keep the title under 200 characters.'),
  body: z
    .string()
    .max(200_000, 'This entry is over 200,000 characters; split it into several entries.')
    .refine((s) => s.trim().length > 0, 'Write something before saving.'),
  tags: z.array(z.string().min(1).max(60)).max(50),
  shareWithProvider: z.boolean(),
});

export type JournalEntry = z.output<typeof journalEntry>;
