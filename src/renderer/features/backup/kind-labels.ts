/** Human names for record kinds in backup previews; unknown kinds show as they are. */
const LABELS: Record<string, string> = {
  'journal.entry': 'Journal entries',
  'journal.checkin': 'Daily check-ins',
  'journal.draft': 'Drafts',
  settings: 'Settings',
  'med.medication': 'Medications',
  'med.dose': 'Dose log entries',
  'med.sideEffect': 'Side effects',
  'assessment.phq9': 'PHQ-9 questionnaires',
  'assessment.gad7': 'GAD-7 questionnaires',
  'safety.plan': 'Safety plan',
};

export const kindLabel = (kind: string): string =>
  LABELS[kind] ?? (kind.startsWith('therapy.') ? `Therapy: ${kind.slice(8)}` : kind);
