import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { localDay } from '../local-date';
import { modality, optionalId, requiredText, text } from './therapy-fields';

export * from './therapy-fields';
export * from './therapy-goal';
export * from './therapy-homework';

export const PROVIDER_ROLES = ['therapist', 'psychiatrist', 'gp', 'other'] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number];
export const PROVIDER_ROLE_LABELS: Record<ProviderRole, string> = {
  therapist: 'Therapist',
  psychiatrist: 'Psychiatrist',
  gp: 'GP',
  other: 'Other',
};

/** Someone the user sees; sessions and appointments point at one by id. */
export const therapyProvider = recordBase.extend({
  kind: z.literal('therapy.provider'),
  name: requiredText('The name', 120, 'Enter the provider’s name.'),
  role: z.enum(PROVIDER_ROLES, { error: 'Choose a role from the list.' }),
  contactNotes: text('Contact notes', 2_000),
});
export type TherapyProvider = z.output<typeof therapyProvider>;

/**
 * One therapy session. "Attended" cannot be set for a day after the one on
 * which the record was written: updatedAt is that moment, so the check stays
 * the same when a backup is imported later.
 */
export const therapySession = recordBase
  .extend({
    kind: z.literal('therapy.session'),
    date: isoDay,
    providerId: optionalId,
    modality,
    attended: z.boolean(),
    notes: text('Private notes'),
    takeaways: text('Key takeaways'),
    homework: text('Homework agreed'),
  })
  .refine((s) => !s.attended || s.date <= localDay(new Date(s.updatedAt)), {
    message: 'This session is dated after today, so it can’t be marked as attended yet. Change the date or untick “Attended”.',
    path: ['attended'],
  });
export type TherapySession = z.output<typeof therapySession>;

export const APPOINTMENT_TYPES = ['therapy', 'medication', 'gp', 'assessment', 'other'] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
export const APPOINTMENT_TYPE_LABELS: Record<AppointmentType, string> = {
  therapy: 'Therapy session',
  medication: 'Medication review',
  gp: 'GP visit',
  assessment: 'Assessment',
  other: 'Other',
};

export const appointmentQuestion = z.object({
  id: z.string().min(1).max(64),
  text: requiredText('A question', 1_000, 'Write the question before adding it.'),
  asked: z.boolean(),
});
export type AppointmentQuestion = z.output<typeof appointmentQuestion>;

/** A visit: questions gathered beforehand, what was decided afterwards. */
export const therapyAppointment = recordBase.extend({
  kind: z.literal('therapy.appointment'),
  date: isoDay,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.')
    .optional(),
  providerId: optionalId,
  type: z.enum(APPOINTMENT_TYPES, { error: 'Choose a type of appointment from the list.' }),
  questions: z.array(appointmentQuestion).max(200, 'An appointment can hold up to 200 questions.'),
  decisions: text('What was decided'),
});
export type TherapyAppointment = z.output<typeof therapyAppointment>;
