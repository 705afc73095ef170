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

export interface Questionnaire {
  id: QuestionnaireId;
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
};

export const GAD7: Questionnaire = {
  id: 'gad7',
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

export const QUESTIONNAIRES: Readonly<Record<QuestionnaireId, Questionnaire>> = { phq9: PHQ9, gad7: GAD7 };
