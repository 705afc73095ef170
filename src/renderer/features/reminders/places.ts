import type { ReminderKind } from '../../../shared/contract';

/**
 * Where a clicked reminder leads, as hash routes (the same strings the pages
 * read: Today's tab, the check-in dialog's query, Therapy's tabs).
 */
export const REMINDER_PLACES: Record<ReminderKind, string> = {
  dose: '#/medications?tab=today',
  checkin: '#/journal?checkin=today',
  homework: '#/therapy?tab=homework',
  appointment: '#/therapy?tab=appointments',
  refill: '#/medications?tab=list',
};
