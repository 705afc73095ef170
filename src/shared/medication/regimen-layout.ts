import type { Medication } from '../domain/medication';
import { addDays, daysBetween } from './days';
import { dailyAmount } from './describe';
import { isDoseStep, isPlanned, sortedSteps } from './regimen';

/** One level of the step line: a step's daily amount from its date to the next step's. */
export interface RegimenRun {
  from: string;
  /** The next step's date, or the end of the drawing. */
  to: string;
  /** Total per day (per dose for as needed); 0 while paused or stopped. */
  daily: number;
  /** An unconfirmed plan: drawn dashed. */
  planned: boolean;
  x1: number;
  x2: number;
  y: number;
}

export interface RegimenLayout {
  start: string;
  end: string;
  /** The highest level, the top of the axis. */
  top: number;
  runs: RegimenRun[];
  /** SVG path data: what happened (solid) and what is planned (dashed), each with the risers into its levels. */
  recordedPath: string;
  plannedPath: string;
  /** Where today falls, if it is inside the drawing. */
  todayX: number | null;
}

export interface Box {
  width: number;
  height: number;
  /** Room kept at the left for the axis label and at the top and bottom for the line's stroke. */
  left: number;
  pad: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The regimen as a step line: each step holds its daily amount until the next
 * step, recorded steps solid and planned ones dashed (a plan is not a dose
 * until confirmed, CLINICAL.md). The drawing runs from the first step to a
 * little past today or the last step, whichever is later. Pure, so the picture
 * and its table twin are built from the same numbers and tested without a DOM.
 */
export function regimenLayout(med: Pick<Medication, 'steps'>, today: string, box: Box): RegimenLayout | null {
  const steps = sortedSteps(med);
  if (steps.length === 0) return null;
  const start = steps[0]!.date;
  const last = steps.at(-1)!.date > today ? steps.at(-1)!.date : today;
  const span = Math.max(daysBetween(start, last), 1);
  // A little room after the last change, so a step on the last day still shows its level.
  const end = addDays(last, Math.max(3, Math.round(span * 0.05)));
  const total = daysBetween(start, end);

  const levels = steps.map((s) => (isDoseStep(s) ? (dailyAmount(s.amount, s.schedule) ?? s.amount) : 0));
  const top = Math.max(...levels, 1);
  const x = (day: string) => round(box.left + ((box.width - box.left - box.pad) * daysBetween(start, day)) / total);
  const y = (level: number) => round(box.pad + (box.height - 2 * box.pad) * (1 - level / top));

  const runs = steps.map((s, i): RegimenRun => {
    const to = steps[i + 1]?.date ?? end;
    return { from: s.date, to, daily: levels[i]!, planned: isPlanned(s), x1: x(s.date), x2: x(to), y: y(levels[i]!) };
  });
  // Each run draws its riser from the level before it, in its own style: a planned change is a dashed riser too.
  const piece = (r: RegimenRun, i: number) => `${i === 0 ? `M${r.x1},${r.y}` : `M${r.x1},${runs[i - 1]!.y} V${r.y}`} H${r.x2}`;
  const pathOf = (planned: boolean) =>
    runs
      .map((r, i) => (r.planned === planned ? piece(r, i) : ''))
      .filter(Boolean)
      .join(' ');

  return {
    start,
    end,
    top,
    runs,
    recordedPath: pathOf(false),
    plannedPath: pathOf(true),
    todayX: today >= start && today <= end ? x(today) : null,
  };
}
