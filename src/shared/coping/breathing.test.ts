import { describe, expect, it } from 'vitest';
import { breathAt, paceProblem } from './breathing';

const pace = { inSeconds: 4, outSeconds: 6 };

describe('breathAt', () => {
  it('starts breathing in from empty', () => {
    expect(breathAt(0, pace)).toEqual({ phase: 'in', progress: 0, fullness: 0, secondsLeft: 4, breaths: 0 });
  });

  it('grows through the in-breath and counts its seconds down', () => {
    expect(breathAt(1000, pace)).toMatchObject({ phase: 'in', fullness: 0.25, secondsLeft: 3 });
    expect(breathAt(3999, pace)).toMatchObject({ phase: 'in', secondsLeft: 1 });
  });

  it('turns to breathing out at exactly the in-seconds, full, and shrinks over the out-seconds', () => {
    expect(breathAt(4000, pace)).toMatchObject({ phase: 'out', fullness: 1, secondsLeft: 6 });
    expect(breathAt(7000, pace)).toMatchObject({ phase: 'out', fullness: 0.5, secondsLeft: 3 });
  });

  it('starts the next breath after in + out seconds and counts the breaths done', () => {
    expect(breathAt(10_000, pace)).toMatchObject({ phase: 'in', fullness: 0, breaths: 1 });
    expect(breathAt(31_000, pace)).toMatchObject({ phase: 'in', breaths: 3, secondsLeft: 3 });
  });

  it('follows a changed pace', () => {
    expect(breathAt(2000, { inSeconds: 2, outSeconds: 2 })).toMatchObject({ phase: 'out', secondsLeft: 2 });
  });

  it('treats a clock that went backwards as the start', () => {
    expect(breathAt(-50, pace)).toMatchObject({ phase: 'in', fullness: 0, breaths: 0 });
  });
});

describe('paceProblem', () => {
  it('accepts whole seconds in range and names the field otherwise', () => {
    expect(paceProblem('Breathe in', 4)).toBeNull();
    expect(paceProblem('Breathe in', 1)).toBe('Breathe in: use a whole number of seconds from 2 to 12.');
    expect(paceProblem('Breathe out', 13)).toMatch(/^Breathe out/);
    expect(paceProblem('Breathe out', 4.5)).not.toBeNull();
    expect(paceProblem('Breathe out', Number.NaN)).not.toBeNull();
  });
});
