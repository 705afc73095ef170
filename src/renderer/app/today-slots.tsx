import { CheckinReminder } from '../features/checkins/CheckinReminder';
import { TodayCheckinStatus } from '../features/journal/TodayCheckinStatus';
import { RefillWarnings } from '../features/medications/RefillWarnings';
import { TodayDosesSummary } from '../features/medications/TodayDosesSummary';
import { SinceLastVisit } from '../features/summary/SinceLastVisit';
import { NextAppointment } from '../features/therapy/NextAppointment';
import type { TodaySlot } from '../features/home/today-slot';

/**
 * What Today shows, in order: each feature's card for the day. The app
 * assembles the list because it may combine features; the home feature only
 * lays the slots out (a feature never imports another). A new card is one row here.
 */
export const todaySlots: readonly TodaySlot[] = [
  { id: 'checkin', render: () => <TodayCheckinStatus /> },
  { id: 'doses', render: () => <TodayDosesSummary /> },
  { id: 'supply', render: () => <RefillWarnings /> },
  { id: 'appointment', render: () => <NextAppointment /> },
  { id: 'since-visit', render: () => <SinceLastVisit /> },
  { id: 'questionnaires', render: () => <CheckinReminder /> },
];
