import { APPOINTMENT_TYPE_LABELS, type TherapyAppointment } from '../../../../shared/domain/therapy';
import { formatTime } from '../../../../shared/time/format';
import { formatDay } from '../format';

/** "Medication review on Wed 2 Dec at 10:30 with Dr Rivera (Psychiatrist)": the card's, the panel's and the home screen's name for a visit. */
export const appointmentTitle = (a: TherapyAppointment, providerLabel: (id?: string) => string) =>
  `${APPOINTMENT_TYPE_LABELS[a.type]} on ${formatDay(a.date)}${a.time ? ` at ${formatTime(a.time)}` : ''}${a.providerId ? ` with ${providerLabel(a.providerId)}` : ''}`;
