import { z } from 'zod';
import { isoDay, recordBase } from './record';

/**
 * A press of "I'm struggling": the one safety path's third source
 * (CLINICAL.md, "One safety path"). Only its day and time are kept, so the
 * summary's dated flag can show it beside item 9 and diary-card urges.
 */
export const safetyReachOut = recordBase.extend({
  kind: z.literal('safety.reachOut'),
  date: isoDay,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 08:30.'),
});
export type SafetyReachOut = z.output<typeof safetyReachOut>;
