import { z } from 'zod';
import { recordBase } from './record';

/** The Stanley–Brown safety plan's sections, in its order (CLINICAL.md). */
export const SAFETY_PLAN_SECTIONS = [
  { key: 'warningSigns', title: 'Warning signs', contacts: false },
  { key: 'copingOnMyOwn', title: 'Things I can do on my own to cope', contacts: false },
  { key: 'distractions', title: 'People and places that take my mind off things', contacts: false },
  { key: 'peopleToAsk', title: 'People I can ask for help', contacts: true },
  { key: 'professionals', title: 'Professionals and crisis lines', contacts: true },
  { key: 'saferSurroundings', title: 'Making my surroundings safer', contacts: false },
  { key: 'reasonsForLiving', title: 'My reasons for living', contacts: false },
] as const;

export type SafetyPlanSectionKey = (typeof SAFETY_PLAN_SECTIONS)[number]['key'];

export const SAFETY_PLAN_ID = 'safety-plan';

const sectionText = z.string().max(5_000, 'Keep each section under 5,000 characters.');

/** Someone the user chose to call: their own entry, never filled in or dialled by Cairn. */
export const crisisContact = z.object({
  name: z.string().trim().min(1, 'Give each contact a name.').max(120, 'Keep a contact name under 120 characters.'),
  phone: z
    .string()
    .max(40, 'Keep a phone number under 40 characters.')
    .regex(/^[0-9+()\-.\s]*$/, 'A phone number can hold digits, spaces and + ( ) - . only.'),
  note: z.string().max(300, 'Keep a note under 300 characters.'),
});

/** The user's one safety plan (undated: it lives in its own segment). */
export const safetyPlanRecord = recordBase.extend({
  kind: z.literal('safety.plan'),
  id: z.literal(SAFETY_PLAN_ID),
  warningSigns: sectionText,
  copingOnMyOwn: sectionText,
  distractions: sectionText,
  peopleToAsk: z.array(crisisContact).max(30, 'Up to 30 people.'),
  professionals: z.array(crisisContact).max(30, 'Up to 30 professionals and crisis lines.'),
  saferSurroundings: sectionText,
  reasonsForLiving: sectionText,
});

export type CrisisContact = z.output<typeof crisisContact>;
export type SafetyPlanRecord = z.output<typeof safetyPlanRecord>;
