/*
 * Paced breathing: in for `inSeconds`, out for `outSeconds`, again and again.
 * A pure function of the time since Start, so the picture can be redrawn on
 * any frame (or only each second, for reduced motion) and always agrees with the clock.
 */

export interface BreathPace {
  inSeconds: number;
  outSeconds: number;
}

/** Where the timer starts; the person sets their own pace. */
export const DEFAULT_PACE: BreathPace = { inSeconds: 4, outSeconds: 6 };
/** The range the fields accept, in whole seconds so the fields stay simple; a pace outside it gets a message, not a silent clamp. */
export const PACE_MIN_SECONDS = 2;
export const PACE_MAX_SECONDS = 12;

export interface BreathMoment {
  phase: 'in' | 'out';
  /** How far through this phase, 0 at its start up to (not reaching) 1. */
  progress: number;
  /** The circle's size, 0 (empty lungs) to 1 (full): grows breathing in, shrinks breathing out. */
  fullness: number;
  /** Whole seconds left in this phase, counting down to 1. */
  secondsLeft: number;
  /** Breaths completed since Start. */
  breaths: number;
}

export function breathAt(elapsedMs: number, pace: BreathPace): BreathMoment {
  const inMs = pace.inSeconds * 1000;
  const cycleMs = inMs + pace.outSeconds * 1000;
  const t = Math.max(0, elapsedMs);
  const breaths = Math.floor(t / cycleMs);
  const within = t - breaths * cycleMs;
  const breathingIn = within < inMs;
  const phaseMs = breathingIn ? inMs : cycleMs - inMs;
  const into = breathingIn ? within : within - inMs;
  const progress = into / phaseMs;
  return {
    phase: breathingIn ? 'in' : 'out',
    progress,
    fullness: breathingIn ? progress : 1 - progress,
    secondsLeft: Math.ceil((phaseMs - into) / 1000),
    breaths,
  };
}

/** The message for a seconds field, or null when the value is a whole number in range. */
export function paceProblem(label: string, value: number): string | null {
  if (!Number.isInteger(value) || value < PACE_MIN_SECONDS || value > PACE_MAX_SECONDS) {
    return `${label}: use a whole number of seconds from ${PACE_MIN_SECONDS} to ${PACE_MAX_SECONDS}.`;
  }
  return null;
}
