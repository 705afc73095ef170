import type { RecordKind } from '../../../shared/domain';

/**
 * Every record kind as people say it, for backup previews. Typed over all
 * kinds: a new kind without a label here does not compile.
 */
const LABELS: Record<RecordKind, string> = {
  'journal.entry': 'Journal entries',
  'journal.checkin': 'Daily check-ins',
  'journal.draft': 'Unsaved drafts',
  settings: 'Settings',
  'med.medication': 'Medications',
  'med.dose': 'Doses logged',
  'med.sideEffect': 'Side effects',
  'med.settings': 'Medication settings',
  'therapy.provider': 'Therapists and prescribers',
  'therapy.session': 'Therapy sessions',
  'therapy.goal': 'Therapy goals',
  'therapy.thoughtRecord': 'Thought records',
  'therapy.diaryCard': 'Diary cards',
  'therapy.exposureStep': 'Exposure ladder steps',
  'therapy.exposure': 'Exposures',
  'therapy.practice': 'Skills practice',
  'therapy.appointment': 'Appointments',
  'assessment.phq9': 'PHQ-9 questionnaires',
  'assessment.gad7': 'GAD-7 questionnaires',
  'safety.plan': 'Safety plan',
  tombstone: 'Deletions remembered',
};

/** A kind from a newer Cairn has no label here; say so in words rather than show a code. */
export const kindLabel = (kind: string): string => (LABELS as Record<string, string>)[kind] ?? `Other records (${kind})`;
