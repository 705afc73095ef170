import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { requiredText, scale, text } from './therapy-fields';
export * from './therapy-thought-record';
export * from './therapy-diary-card';
export * from './therapy-exposure';
export * from './therapy-emdr';


/** Any other skill practised: what, for how long, how it went. */
export const therapyPractice = recordBase.extend({
  kind: z.literal('therapy.practice'),
  date: isoDay,
  what: requiredText('What you practised', 200, 'Say what you practised.'),
  minutes: scale('Minutes', 1, 1_440),
  howItWent: text('How it went', 5_000),
});
export type TherapyPractice = z.output<typeof therapyPractice>;
