import type { TherapyAppointment } from '../domain/therapy';

const sortKey = (a: TherapyAppointment) => `${a.date}T${a.time ?? '99:99'}`;

/**
 * The first appointment on or after `today` (a local YYYY-MM-DD day). One
 * earlier today still counts: the user may be about to go, or add what was decided.
 */
export function nextAppointment(appointments: readonly TherapyAppointment[], today: string): TherapyAppointment | null {
  const upcoming = appointments.filter((a) => a.date >= today).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return upcoming[0] ?? null;
}

export const openQuestions = (appointment: TherapyAppointment) => appointment.questions.filter((q) => !q.asked);
