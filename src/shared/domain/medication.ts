import { z } from 'zod';
import { isoDay, recordBase } from './record';

export const MEDICATION_CLASSES = [
  'SSRI',
  'SNRI',
  'other antidepressant',
  'mood stabiliser',
  'antipsychotic',
  'benzodiazepine',
  'stimulant',
  'other',
] as const;

export const MEDICATION_FORMS = ['tablet', 'capsule', 'liquid', 'drops', 'inhaler', 'patch', 'injection', 'other'] as const;

export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mL', 'drops', 'puffs', 'tablets', 'capsules', 'patches', 'units'] as const;
/** Units that are themselves countable, so a supply count needs no strength per piece. */
export const COUNTABLE_UNITS: readonly DoseUnit[] = ['drops', 'puffs', 'tablets', 'capsules', 'patches'];

/** Every way a regimen can change; pause and stop carry no dose. */
export const STEP_TYPES = ['start', 'increase', 'decrease', 'switch', 'pause', 'resume', 'stop'] as const;
export const HALT_STEPS: readonly StepType[] = ['pause', 'stop'];

export const SIDE_EFFECT_STARTERS = [
  'nausea',
  'headache',
  'insomnia',
  'drowsiness',
  'dizziness',
  'sexual side effects',
  'weight change',
  'restlessness',
  'dry mouth',
  'emotional blunting',
  'sweating',
  'diarrhoea',
  'vivid dreams',
  'tremor',
  'bruising or bleeding',
  'activation or agitation',
] as const;

/** FIBSER anchors (Wisniewski et al. 2006), 0–6 with words at the even points. */
export const FIBSER_ANCHORS = {
  frequency: ['No side effects', '', 'Present 10–25% of the time', '', 'Present 50–75% of the time', '', 'Present 90–100% of the time'],
  intensity: ['No side effects', '', 'Trivial', '', 'Moderate', '', 'Intolerable'],
  burden: ['No impairment', '', 'Minimal impairment', '', 'Moderate impairment', '', 'Unable to function'],
} as const;

/** Why a dose was skipped: a short choice (CLINICAL.md), printed on the summary. */
export const SKIP_REASONS = ['forgot', 'side effects', 'ran out', 'felt better', 'chose not to', 'other'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Units a countable piece's strength is given in ("10 mg tablets"). */
export const STRENGTH_UNITS = ['mg', 'mcg', 'g', 'mL', 'units'] as const;

export type MedicationClass = (typeof MEDICATION_CLASSES)[number];
export type DoseUnit = (typeof DOSE_UNITS)[number];
export type StepType = (typeof STEP_TYPES)[number];

export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 08:00.');

const shortText = (max: number, what: string) =>
  z.string().max(max, `Keep the ${what} under ${max.toLocaleString('en')} characters.`);

export const doseAmount = z
  .number({ error: 'Enter a dose as a number.' })
  .refine(Number.isFinite, 'Enter a dose as a number.')
  .refine((n) => n > 0, 'Enter a dose above 0.')
  .refine((n) => n <= 100_000, 'That dose is too large to be right; check the number and the unit.');

export const schedule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('times'),
    times: z
      .array(timeOfDay)
      .min(1, 'Add at least one dose time, or choose "as needed".')
      .max(12, 'Up to 12 dose times a day.')
      .refine((t) => new Set(t).size === t.length, 'Each dose time can appear only once.'),
    /** 1 or absent: every day; 2: every other day; 7: weekly; counted from the step's date. */
    everyDays: z
      .number()
      .int('Enter a whole number of days.')
      .min(1, 'Enter a number of days from 1 to 90.')
      .max(90, 'Enter a number of days from 1 to 90.')
      .optional(),
  }),
  z.strictObject({ kind: z.literal('asNeeded') }),
]);
export type Schedule = z.output<typeof schedule>;

export const regimenStep = z
  .strictObject({
    id: z.string().min(1).max(64),
    type: z.enum(STEP_TYPES, { error: 'Choose what changed from the list.' }),
    date: isoDay,
    /** null for pause and stop. */
    amount: doseAmount.nullable(),
    schedule: schedule.nullable(),
    reason: shortText(500, 'reason'),
    /** What the user and prescriber agreed to watch for at this step (withdrawal, side effects). */
    checkIn: shortText(500, 'check-in note'),
    /**
     * True while the step is a plan nobody has confirmed; it never counts as the
     * current dose until the person says it happened. Absent on records written
     * before plans needed confirming: those steps count as recorded, as they did.
     */
    planned: z.boolean().optional(),
  })
  .superRefine((step, ctx) => {
    const halts = HALT_STEPS.includes(step.type);
    if (!halts && step.amount === null) ctx.addIssue({ code: 'custom', message: 'Enter a dose above 0.' });
    if (!halts && step.schedule === null) ctx.addIssue({ code: 'custom', message: 'Choose dose times or "as needed".' });
    if (halts && (step.amount !== null || step.schedule !== null)) {
      ctx.addIssue({ code: 'custom', message: `A ${step.type} has no dose.` });
    }
  });
export type RegimenStep = z.output<typeof regimenStep>;

export const supply = z.strictObject({
  /** Pieces on hand (tablets, capsules, puffs...) on the refill date. */
  quantity: z.number().int('Count whole pieces.').min(0, 'The count cannot be negative.').max(100_000),
  refillDate: isoDay,
  /** How much of the dose unit one piece holds (e.g. 10 mg per tablet); null when the unit is countable. */
  strength: doseAmount.nullable(),
});
export type Supply = z.output<typeof supply>;

const STEP_WORDS: Record<StepType, string> = {
  start: 'start',
  increase: 'increase',
  decrease: 'decrease',
  switch: 'switch',
  pause: 'pause',
  resume: 'restart after a pause',
  stop: 'stop',
};

/** Which step may follow which: a past never contradicts itself. */
function timelineProblem(steps: readonly RegimenStep[]): string | null {
  const sorted = [...steps].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  if (!first) return 'Add a start date.';
  const start = sorted.find((s) => s.type === 'start');
  if (first.type !== 'start') {
    if (!start) return 'Add a start date.';
    return `The ${STEP_WORDS[first.type]} date (${first.date}) is before the start date (${start.date}).`;
  }
  let state: 'active' | 'paused' | 'stopped' = 'active';
  for (let i = 1; i < sorted.length; i++) {
    const step = sorted[i]!;
    if (step.date === sorted[i - 1]!.date) return `There are two changes on ${step.date}; keep one change per day.`;
    const word = STEP_WORDS[step.type];
    if (step.type === 'start' && state !== 'stopped') return `A second start on ${step.date} needs a stop before it.`;
    if (step.type === 'resume' && state !== 'paused') return `A ${word} on ${step.date} needs a pause before it.`;
    if (state === 'stopped' && step.type !== 'start') {
      return `The medication was stopped before ${step.date}; record a new start first.`;
    }
    if (state === 'paused' && !['resume', 'stop'].includes(step.type)) {
      return `The medication is paused before ${step.date}; record a restart first.`;
    }
    state = step.type === 'pause' ? 'paused' : step.type === 'stop' ? 'stopped' : 'active';
  }
  return null;
}

export const medication = recordBase
  .extend({
    kind: z.literal('med.medication'),
    name: z.string().trim().min(1, 'Enter the medication name.').max(120, 'Keep the name under 120 characters.'),
    class: z.enum(MEDICATION_CLASSES, { error: 'Choose a class from the list.' }),
    form: z.enum(MEDICATION_FORMS, { error: 'Choose a form from the list.' }),
    unit: z.enum(DOSE_UNITS, { error: `Choose a unit from the list (${DOSE_UNITS.join(', ')}).` }),
    prescriber: shortText(120, 'prescriber'),
    reason: shortText(500, 'reason'),
    steps: z.array(regimenStep).min(1, 'Add a start date.').max(1000, 'Up to 1,000 changes per medication.'),
    supply: supply.nullable(),
    /**
     * Doses count (taken, skipped, not logged) from this day on; before it the
     * person was not logging in Cairn. Absent on older records: the first start.
     */
    trackedFrom: isoDay.optional(),
    /** What one piece holds when the dose unit is a piece ("10 mg" per tablet), so a dose reads "2 × 10 mg tablets". */
    pieceStrength: z.strictObject({ amount: doseAmount, unit: z.enum(STRENGTH_UNITS) }).nullable().optional(),
  })
  .superRefine((med, ctx) => {
    const problem = timelineProblem(med.steps);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['steps'] });
    if (med.supply && med.supply.strength === null && !COUNTABLE_UNITS.includes(med.unit)) {
      ctx.addIssue({
        code: 'custom',
        message: `Enter how many ${med.unit} one piece holds, so the supply can be counted.`,
        path: ['supply'],
      });
    }
  });
export type Medication = z.output<typeof medication>;

export const doseLog = recordBase
  .extend({
    kind: z.literal('med.dose'),
    date: isoDay,
    medicationId: z.string().min(1).max(64),
    /** The scheduled time this log answers; null for an as-needed dose. */
    time: timeOfDay.nullable(),
    status: z.enum(['taken', 'skipped']),
    takenAt: timeOfDay.nullable(),
    /** Only for as-needed doses; a scheduled dose's amount comes from the regimen of that day. */
    amount: doseAmount.nullable(),
    reason: shortText(500, 'reason'),
    /** For a skipped dose: the short choice; older logs have only the free-text reason. */
    skipReason: z.enum(SKIP_REASONS, { error: 'Choose a reason from the list.' }).optional(),
  })
  .superRefine((log, ctx) => {
    if (log.status === 'taken' && log.takenAt === null) ctx.addIssue({ code: 'custom', message: 'Enter when the dose was taken.' });
    if (log.time === null && log.status !== 'taken') ctx.addIssue({ code: 'custom', message: 'Log an as-needed dose only when taken.' });
    if (log.time === null && log.amount === null) ctx.addIssue({ code: 'custom', message: 'Enter a dose above 0.' });
  });
export type DoseLog = z.output<typeof doseLog>;

const fibser = (what: string) =>
  z
    .number()
    .int(`Choose the ${what} from 0 to 6.`)
    .min(0, `Choose the ${what} from 0 to 6.`)
    .max(6, `Choose the ${what} from 0 to 6.`);

/**
 * A side effect from its onset (`date`) to an optional resolved date, rated
 * for frequency, intensity and burden separately, 0–6 each (the FIBSER
 * anchors, CLINICAL.md). Records written before those ratings carry only a
 * 1–5 `severity`; both kinds stay valid and are shown as what they are.
 */
export const sideEffect = recordBase
  .extend({
    kind: z.literal('med.sideEffect'),
    /** The day it began (or was first noted). */
    date: isoDay,
    symptom: z.string().trim().min(1, 'Name the symptom.').max(80, 'Keep the symptom under 80 characters.'),
    /** Older records only: 1–5. */
    severity: z
      .number()
      .int('Choose a severity from 1 to 5.')
      .min(1, 'Choose a severity from 1 to 5.')
      .max(5, 'Choose a severity from 1 to 5.')
      .optional(),
    frequency: fibser('frequency').optional(),
    intensity: fibser('intensity').optional(),
    burden: fibser('burden').optional(),
    /** The day it stopped; null or absent while it lasts. */
    resolvedOn: isoDay.nullable().optional(),
    medicationId: z.string().min(1).max(64).nullable(),
    note: shortText(2000, 'note'),
  })
  .superRefine((effect, ctx) => {
    const ratings = [effect.frequency, effect.intensity, effect.burden].filter((r) => r !== undefined).length;
    if (effect.severity === undefined && ratings < 3) {
      ctx.addIssue({ code: 'custom', message: 'Rate how often, how strong and how much it gets in the way (0 to 6 each).' });
    }
    if (effect.resolvedOn && effect.resolvedOn < effect.date) {
      ctx.addIssue({ code: 'custom', message: `The resolved date (${effect.resolvedOn}) is before it began (${effect.date}).`, path: ['resolvedOn'] });
    }
  });
export type SideEffect = z.output<typeof sideEffect>;

/** Medication preferences (one record, fixed id), kept in the vault like everything else. */
export const medicationSettings = recordBase.extend({
  kind: z.literal('med.settings'),
  id: z.literal('med.settings'),
  reminders: z.boolean(),
  /** Days before a supply is estimated to run out that Today warns; absent on older records (DEFAULT_REFILL_WARNING_DAYS). */
  refillWarningDays: z
    .number()
    .int('Enter a whole number of days.')
    .min(1, 'Enter a number of days from 1 to 60.')
    .max(60, 'Enter a number of days from 1 to 60.')
    .optional(),
  /** Opt-in reminders beyond doses (Settings → Reminders): a clock time each; absent means off, as on older records. */
  checkinReminder: timeOfDay.optional(),
  homeworkReminder: timeOfDay.optional(),
  refillReminder: timeOfDay.optional(),
  /** The day before and an hour before each appointment. */
  appointmentReminders: z.boolean().optional(),
});
export const DEFAULT_REFILL_WARNING_DAYS = 7;
export type MedicationSettings = z.output<typeof medicationSettings>;
