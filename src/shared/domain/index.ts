import { z } from 'zod';
import { assessmentRecords } from './assessment';
import { copingSkill } from './coping-skill';
import { journalDraft, journalEntry } from './journal';
import { journalCheckin } from './journal-checkin';
import { journalMeasure } from './own-measure';
import { doseLog, medication, medicationSettings, sideEffect } from './medication';
import { safetyPlanRecord } from './safety-plan';
import { safetyReachOut } from './safety-reach-out';
import { settingsRecord } from './settings';
import { tombstone } from './tombstone';
import {
  therapyAppointment,
  therapyDiaryCard,
  therapyEmdrLog,
  therapyEmdrResource,
  therapyEmdrTarget,
  therapyExposure,
  therapyExposureStep,
  therapyGoal,
  therapyPractice,
  therapyProvider,
  therapySession,
  therapyThoughtRecord,
} from './therapy';

/** Every record kind Cairn stores. Add a kind here and the repository accepts it. */
export const anyRecord = z.discriminatedUnion('kind', [
  journalEntry,
  journalCheckin,
  journalMeasure,
  journalDraft,
  settingsRecord,
  therapyProvider,
  therapySession,
  therapyGoal,
  therapyThoughtRecord,
  therapyDiaryCard,
  therapyExposureStep,
  therapyExposure,
  therapyPractice,
  therapyAppointment,
  therapyEmdrLog,
  therapyEmdrResource,
  therapyEmdrTarget,
  ...assessmentRecords,
  safetyPlanRecord,
  safetyReachOut,
  medication,
  doseLog,
  sideEffect,
  medicationSettings,
  copingSkill,
  tombstone,
]);

export type AnyRecord = z.output<typeof anyRecord>;
export type RecordKind = AnyRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;

/** Records with a day are grouped by month; the rest share one segment per kind. */
export function segmentOf(record: AnyRecord): string {
  const day = 'date' in record ? record.date : undefined;
  return day ? `${record.kind}:${day.slice(0, 7)}` : `${record.kind}:undated`;
}
