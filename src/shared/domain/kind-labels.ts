import type { Forms } from '../time/count';
import { formatCount } from '../time/count';
import { QUESTIONNAIRE_LIST, type AssessmentKindOf } from '../clinical/questionnaires';
import type { RecordKind } from './index';

/** Each registered questionnaire named from its own short name ("PHQ-9 questionnaire"), so a new one needs no line here. */
function assessmentLabels(): Record<AssessmentKindOf, Forms> {
  const labels = QUESTIONNAIRE_LIST.map((q) => [q.kind, { one: `${q.name} questionnaire`, many: `${q.name} questionnaires` }]);
  return Object.fromEntries(labels) as Record<AssessmentKindOf, Forms>;
}

/*
 * Every kind of record named the way people say it. Typed over all kinds, so
 * a new kind without a name fails to compile instead of showing up on screen
 * as "exposureStep". `one` fits "1 …", `many` fits "3 …" and headings.
 */
export const KIND_LABELS: Record<RecordKind, Forms> = {
  'journal.entry': { one: 'journal entry', many: 'journal entries' },
  'journal.checkin': { one: 'daily check-in', many: 'daily check-ins' },
  'journal.measure': { one: 'own measure', many: 'own measures' },
  'journal.draft': { one: 'unsaved draft', many: 'unsaved drafts' },
  settings: { one: 'settings record', many: 'settings' },
  'therapy.provider': { one: 'therapist or provider', many: 'therapists and providers' },
  'therapy.session': { one: 'therapy session', many: 'therapy sessions' },
  'therapy.goal': { one: 'therapy goal', many: 'therapy goals' },
  'therapy.thoughtRecord': { one: 'thought record', many: 'thought records' },
  'therapy.diaryCard': { one: 'diary card', many: 'diary cards' },
  'therapy.exposureStep': { one: 'exposure ladder step', many: 'exposure ladder steps' },
  'therapy.exposure': { one: 'exposure practice', many: 'exposure practices' },
  'therapy.practice': { one: 'skills practice', many: 'skills practices' },
  'therapy.appointment': { one: 'appointment', many: 'appointments' },
  'therapy.emdrLog': { one: 'EMDR log entry', many: 'EMDR log entries' },
  'therapy.emdrResource': { one: 'EMDR resource practice', many: 'EMDR resource practices' },
  'therapy.emdrTarget': { one: 'EMDR target', many: 'EMDR targets' },
  ...assessmentLabels(),
  'safety.plan': { one: 'safety plan', many: 'safety plans' },
  'safety.reachOut': { one: '“I’m struggling” press', many: '“I’m struggling” presses' },
  'med.medication': { one: 'medication', many: 'medications' },
  'med.dose': { one: 'dose log entry', many: 'dose log entries' },
  'med.sideEffect': { one: 'side effect note', many: 'side effect notes' },
  'med.settings': { one: 'medication settings record', many: 'medication settings' },
  'coping.skill': { one: 'coping skill', many: 'coping skills' },
  tombstone: { one: 'remembered deletion', many: 'remembered deletions' },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Diary cards": a heading or list label for the kind. */
export const kindHeading = (kind: RecordKind): string => capital(KIND_LABELS[kind].many);

/** "1 diary card", "3 diary cards". */
export const kindCount = (kind: RecordKind, n: number, locale?: string): string => formatCount(n, KIND_LABELS[kind], locale);

/** For kinds read from outside (a backup from a newer Cairn): named if known, else said plainly to be unknown. */
export function anyKindHeading(kind: string): string {
  return kind in KIND_LABELS ? kindHeading(kind as RecordKind) : `Records of a kind this version does not know (${kind})`;
}
