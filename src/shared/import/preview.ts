import type { ImportPlan } from './plan';

/** The newest rows as the preview shows them. */
export interface PreviewRow {
  date: string;
  kind: 'Check-in' | 'Journal entry';
  /** "6/10 (“Mood 6”)", or "—" when unrated. */
  mood: string;
  tags: string;
  text: string;
  /** Other values the record will hold, as "Sleep 7.5 h"; empty when none. */
  more: string;
}

/** What the preview needs of a plan: small enough to send from the worker on every change. */
export interface PlanPreview {
  checkins: number;
  entries: number;
  alreadyImported: number;
  range: ImportPlan['range'];
  firstRows: PreviewRow[];
  /** The first lines left out, each with its reason, and how many there are in all. */
  skipped: ImportPlan['skipped'];
  skippedCount: number;
}

const FIRST_ROWS = 5;
const SKIPPED_SHOWN = 50;

const MORE: [key: 'anxiety' | 'energy' | 'irritability' | 'sleepHours' | 'sleepQuality', label: (v: number) => string][] = [
  ['anxiety', (v) => `Anxiety ${v}/10`],
  ['energy', (v) => `Energy ${v}/10`],
  ['irritability', (v) => `Irritability ${v}/10`],
  ['sleepHours', (v) => `Sleep ${v} h`],
  ['sleepQuality', (v) => `Sleep quality ${v}/5`],
];

export function previewOf(plan: ImportPlan): PlanPreview {
  const rows: PreviewRow[] = [
    ...plan.checkins.map((c) => ({
      date: c.date,
      kind: 'Check-in' as const,
      mood: c.mood === undefined ? '—' : `${c.mood}/10 (“${c.import?.sourceLabel ?? ''}”)`,
      tags: c.tags.join(', '),
      text: '',
      more: MORE.flatMap(([key, label]) => (c[key] === undefined ? [] : [label(c[key])])).join(', '),
    })),
    ...plan.entries.map((e) => ({ date: e.date, kind: 'Journal entry' as const, mood: e.mood === undefined ? '—' : `${e.mood}/10`, tags: e.tags.join(', '), text: e.title || e.body, more: '' })),
  ];
  return {
    checkins: plan.checkins.length,
    entries: plan.entries.length,
    alreadyImported: plan.alreadyImported,
    range: plan.range,
    firstRows: rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, FIRST_ROWS),
    skipped: plan.skipped.slice(0, SKIPPED_SHOWN),
    skippedCount: plan.skipped.length,
  };
}
