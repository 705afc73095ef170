/**
 * PHQ-9 and GAD-7 exactly as their developers published them (public domain).
 * The wording is checked against tests/fixtures/clinical/questionnaires.json;
 * change a word here only if the official form changes.
 */

export type QuestionnaireId = 'phq9' | 'gad7';

export interface AnswerOption {
  value: number;
  label: string;
}

export interface Band {
  /** Lower and upper totals, both inclusive. */
  min: number;
  max: number;
  label: string;
}

/** The record kind a questionnaire's takings are stored as. */
export type AssessmentKindOf<Id extends QuestionnaireId = QuestionnaireId> = `assessment.${Id}`;

export interface Questionnaire {
  id: QuestionnaireId;
  /** Its records' kind (the schema lives in shared/domain/assessment.ts). */
  kind: AssessmentKindOf;
  /** Short name used everywhere in the app, e.g. "PHQ-9". */
  name: string;
  /** Heading of the official form. */
  formTitle: string;
  /** What the questionnaire asks about, in plain words. */
  topic: string;
  stem: string;
  items: readonly string[];
  answers: readonly AnswerOption[];
  maxTotal: number;
  bands: readonly Band[];
  /** The optional difficulty question both forms end with: recorded, never scored. */
  difficulty?: { question: string; answers: readonly AnswerOption[] };
  /** Baseline total from which response and remission are reported (CLINICAL.md, "Outcomes a clinician can trust"). */
  caseness: number;
  /** The smallest change in total that counts as reliable (NHS Talking Therapies thresholds). */
  reliableChange: number;
  /** Remission: the latest total is below this. */
  remissionBelow: number;
  /**
   * Index of an item about self-harm, if the form has one: it is shown with
   * every taking, kept in drafts, flagged on summaries and opens the safety
   * path (CLINICAL.md). Never dropped.
   */
  safetyItem?: number;
}

export const ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

export const FREQUENCY_ANSWERS: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

/** The question both forms end with (the GAD-7 form prints the same one). */
const DIFFICULTY = {
  question:
    'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  answers: [
    { value: 0, label: 'Not difficult at all' },
    { value: 1, label: 'Somewhat difficult' },
    { value: 2, label: 'Very difficult' },
    { value: 3, label: 'Extremely difficult' },
  ],
} as const satisfies Questionnaire['difficulty'];

/** Index of PHQ-9 item 9 (thoughts of being better off dead or of self-harm). */
export const PHQ9_SAFETY_ITEM = 8;

export const PHQ9: Questionnaire = {
  id: 'phq9',
  kind: 'assessment.phq9',
  name: 'PHQ-9',
  formTitle: 'Patient Health Questionnaire-9 (PHQ-9)',
  topic: 'depression',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  answers: FREQUENCY_ANSWERS,
  maxTotal: 27,
  bands: [
    { min: 0, max: 4, label: 'minimal' },
    { min: 5, max: 9, label: 'mild' },
    { min: 10, max: 14, label: 'moderate' },
    { min: 15, max: 19, label: 'moderately severe' },
    { min: 20, max: 27, label: 'severe' },
  ],
  difficulty: DIFFICULTY,
  caseness: 10,
  reliableChange: 6,
  remissionBelow: 5,
  safetyItem: PHQ9_SAFETY_ITEM,
};

export const GAD7: Questionnaire = {
  id: 'gad7',
  kind: 'assessment.gad7',
  name: 'GAD-7',
  formTitle: 'GAD-7',
  topic: 'anxiety',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  answers: FREQUENCY_ANSWERS,
  maxTotal: 21,
  bands: [
    { min: 0, max: 4, label: 'minimal' },
    { min: 5, max: 9, label: 'mild' },
    { min: 10, max: 14, label: 'moderate' },
    { min: 15, max: 21, label: 'severe' },
  ],
  difficulty: DIFFICULTY,
  caseness: 8,
  reliableChange: 4,
  remissionBelow: 5,
};

/**
 * The registry: every questionnaire, in the order the app shows them. The
 * form, history, insights and the printed summary iterate this list, so a new
 * questionnaire is an entry here plus its record schema (domain/assessment.ts).
 */
export const QUESTIONNAIRE_LIST: readonly Questionnaire[] = [PHQ9, GAD7];

export const QUESTIONNAIRES: Readonly<Record<QuestionnaireId, Questionnaire>> = { phq9: PHQ9, gad7: GAD7 };

/** Every questionnaire's short name as one phrase for headings: "PHQ-9 and GAD-7". */
export const QUESTIONNAIRE_NAMES = new Intl.ListFormat('en', { type: 'conjunction' }).format(QUESTIONNAIRE_LIST.map((q) => q.name));

/** A registered questionnaire's id from untrusted text (a URL parameter), or null. */
export const asQuestionnaireId = (value: string | null): QuestionnaireId | null =>
  QUESTIONNAIRE_LIST.find((q) => q.id === value)?.id ?? null;

/** The questionnaire a record kind belongs to, if it is an assessment kind. */
export const questionnaireOfKind = (kind: string): Questionnaire | undefined => QUESTIONNAIRE_LIST.find((q) => q.kind === kind);

/** Records of the registered questionnaires grouped under each one's id ({ phq9: [...], gad7: [...] }). */
export function byQuestionnaire<R extends { kind: string }>(records: readonly R[]): { [Id in QuestionnaireId]: R[] } {
  const grouped = Object.fromEntries(QUESTIONNAIRE_LIST.map((q) => [q.id, records.filter((r) => r.kind === q.kind)]));
  return grouped as { [Id in QuestionnaireId]: R[] };
}

/** The safety item's answer in a taking, or null when the questionnaire has none or it is unanswered. */
export const safetyAnswer = (q: Questionnaire, answers: readonly (number | null)[]): number | null =>
  q.safetyItem === undefined ? null : (answers[q.safetyItem] ?? null);
