/**
 * The daily check-in's measures: the one table the schema, the form, the card,
 * the insights chart and the printed summary are built from. A new measure is
 * one row here plus its words (checkin-measures.test.ts walks the table
 * through each place).
 */

/** The shape of a row; the rows themselves are CHECKIN_MEASURES below. */
interface MeasureRow {
  key: string;
  /** How it is named in a sentence start, a card and a chart legend: "Mood". */
  label: string;
  min: number;
  max: number;
  /** The smallest change: 1 for ratings, 0.25 (a quarter hour) for sleep. */
  step: number;
  /** Ratings are picked on a scale; hours are typed. Also picks the chart axis. */
  scale: 'rating' | 'hours';
  /** Written after a value on the card: "6/10", "7.5 h". */
  unit: string;
  /** The words at the low and high end, shown beside the scale. */
  anchors: readonly [string, string];
  /** On the insights chart and the summary's chart. */
  charted: boolean;
  /** In the printed summary's table of averages. */
  inSummary: boolean;
  /** Messages for a value out of range, too high, or not a whole step. */
  words: { range: string; tooHigh?: string; step: string };
}

/** Typed as the row's words, so every row reads them the same way. */
const words = (w: MeasureRow['words']) => w;

const ratingWords = (label: string, min: number, max: number) =>
  words({
    range: `${label} is a number from ${min} to ${max}.`,
    step: `${label} is a whole number from ${min} to ${max}.`,
  });

export const CHECKIN_MEASURES = [
  { key: 'mood', label: 'Mood', min: 0, max: 10, step: 1, scale: 'rating', unit: '/10', anchors: ['lowest', 'best'], charted: true, inSummary: true, words: ratingWords('Mood', 0, 10) },
  { key: 'anxiety', label: 'Anxiety', min: 0, max: 10, step: 1, scale: 'rating', unit: '/10', anchors: ['none', 'most'], charted: true, inSummary: true, words: ratingWords('Anxiety', 0, 10) },
  { key: 'energy', label: 'Energy', min: 0, max: 10, step: 1, scale: 'rating', unit: '/10', anchors: ['none', 'most'], charted: true, inSummary: true, words: ratingWords('Energy', 0, 10) },
  { key: 'irritability', label: 'Irritability', min: 0, max: 10, step: 1, scale: 'rating', unit: '/10', anchors: ['none', 'most'], charted: false, inSummary: false, words: ratingWords('Irritability', 0, 10) },
  {
    key: 'sleepHours',
    label: 'Sleep',
    min: 0,
    max: 24,
    step: 0.25,
    scale: 'hours',
    unit: ' h',
    anchors: ['hours', 'quarter hours'],
    charted: true,
    inSummary: true,
    words: words({
      range: 'Sleep is a number of hours from 0 to 24.',
      tooHigh: 'Sleep is a number of hours from 0 to 24; a day has only 24.',
      step: 'Give sleep in quarter hours, like 7, 7.25 or 7.5.',
    }),
  },
  {
    key: 'sleepQuality',
    label: 'Sleep quality',
    min: 1,
    max: 5,
    step: 1,
    scale: 'rating',
    unit: '/5',
    anchors: ['poor', 'good'],
    charted: false,
    inSummary: false,
    words: words({ range: 'Sleep quality is a whole number from 1 to 5.', step: 'Sleep quality is a whole number from 1 to 5.' }),
  },
] as const satisfies readonly MeasureRow[];

/** One measure as the table holds it; its key is one of the table's. */
export type CheckinMeasure = (typeof CHECKIN_MEASURES)[number];
export type MeasureKey = CheckinMeasure['key'];

export const MEASURE_KEYS: readonly MeasureKey[] = CHECKIN_MEASURES.map((m) => m.key);

/** The name with its range or unit, for tables and axis titles: "Mood (0–10)", "Sleep (hours)". */
export const measureHeading = (m: CheckinMeasure): string => (m.scale === 'hours' ? `${m.label} (hours)` : `${m.label} (${m.min}–${m.max})`);

/** Unit words for a sentence: "out of 10", "hours". */
export const measureUnitWords = (m: CheckinMeasure): string => (m.scale === 'hours' ? 'hours' : `out of ${m.max}`);

export const chartedMeasures = (): CheckinMeasure[] => CHECKIN_MEASURES.filter((m) => m.charted);
export const summaryMeasures = (): CheckinMeasure[] => CHECKIN_MEASURES.filter((m) => m.inSummary);
export const measureByKey = (key: MeasureKey): CheckinMeasure => CHECKIN_MEASURES.find((m) => m.key === key)!;
