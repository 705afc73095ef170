import { addDays, daysBetween } from '../medication/days';
import { mean } from './series';

/** A dated reading: a check-in value, or a questionnaire total. */
export interface Reading {
  day: string;
  value: number;
}

export interface WindowStats {
  from: string;
  to: string;
  /** Calendar days in the window (the after-window stops at today). */
  days: number;
  /** Readings that fell in the window: the sample size behind the mean. */
  n: number;
  mean: number | null;
}

export interface BeforeAfter {
  before: WindowStats;
  after: WindowStats;
}

/**
 * Means for the N weeks before an event and the N weeks from it. The event day
 * belongs to "after" (a new dose is taken from the day it starts). Missing days
 * are simply absent: the mean is of the readings there are, and `n` says how
 * many. Days after today are not counted as part of the window.
 */
export function beforeAfter(readings: readonly Reading[], eventDay: string, weeks: number, today: string): BeforeAfter {
  const span = weeks * 7;
  const beforeFrom = addDays(eventDay, -span);
  const beforeTo = addDays(eventDay, -1);
  const afterEnd = addDays(eventDay, span - 1);
  const afterTo = afterEnd < today ? afterEnd : today;
  return {
    before: stats(readings, beforeFrom, beforeTo),
    after: stats(readings, eventDay, afterTo),
  };
}

function stats(readings: readonly Reading[], from: string, to: string): WindowStats {
  const inside = readings.filter((r) => r.day >= from && r.day <= to).map((r) => r.value);
  return { from, to, days: Math.max(0, daysBetween(from, to) + 1), n: inside.length, mean: mean(inside) };
}
