import { describe, expect, it } from 'vitest';
import { associations, MIN_DAYS_EACH_SIDE, type Comparison } from './associations';
import { describe as describeComparison, intervalWords } from './associations-words';
import { addDays } from '../medication/days';
import { sample, tQuantile975, welchInterval } from './welch';

type C = Parameters<typeof associations>[0][number];
const day = (n: number) => addDays('2026-11-01', n - 1); // day(1) = 1 Nov
const c = (n: number, fields: Partial<C>): C => ({ date: day(n), tags: [], triggers: [], coping: [], ...fields });
const pick = (shown: Comparison[], label: string, outcome: string, lag: string) =>
  shown.find((s) => s.factor.label === label && s.outcome === outcome && s.lag === lag);

describe('tQuantile975', () => {
  it('matches the printed t table at 6, 12 and 30 degrees of freedom', () => {
    // Student's t, two-sided 95%: 2.4469 (6), 2.1788 (12), 2.0423 (30).
    expect(tQuantile975(6)).toBeCloseTo(2.4469, 2);
    expect(tQuantile975(12)).toBeCloseTo(2.1788, 3);
    expect(tQuantile975(30)).toBeCloseTo(2.0423, 3);
  });
});

describe('welchInterval', () => {
  it('needs two values a side', () => {
    expect(welchInterval(sample([1]), sample([1, 2, 3]))).toBeNull();
  });
});

describe('associations', () => {
  it('compares mood on days with a tag against days without, with a Welch interval worked by hand', () => {
    // 1–7 Nov tagged "walk", moods 6 7 8 6 7 8 7: mean 49/7 = 7; squared deviations 1 0 1 1 0 1 0 = 4, variance 4/6 = 0.6667.
    // 8–14 Nov untagged, moods 5 4 6 5 4 6 5: mean 35/7 = 5; variance likewise 0.6667.
    // Difference 7 − 5 = 2. se = √(0.6667/7 + 0.6667/7) = √0.190476 = 0.43644.
    // Welch df = 0.190476² / (2 × 0.095238² / 6) = 12; t(12, 97.5%) = 2.1788; half-width 2.1788 × 0.43644 = 0.9509.
    // Interval 1.049 to 2.951.
    // Next day: "walk" days lead to 2–8 Nov (7 moods) but untagged days lead to 9–15 Nov, and 15 Nov has
    // no check-in, so that side has 6 days: below the minimum of 7, hidden.
    const moods = [6, 7, 8, 6, 7, 8, 7, 5, 4, 6, 5, 4, 6, 5];
    const checkins = moods.map((mood, i) => c(i + 1, { mood, tags: i < 7 ? ['walk'] : [] }));
    const { shown, hiddenFactors } = associations(checkins, [], [], day(1), day(30));
    expect(shown).toHaveLength(1);
    const walk = shown[0]!;
    expect(walk).toMatchObject({ factor: { kind: 'tag', label: 'walk' }, outcome: 'mood', lag: 'same' });
    expect(walk.with).toMatchObject({ n: 7, mean: 7 });
    expect(walk.without).toMatchObject({ n: 7, mean: 5 });
    expect(walk.interval.difference).toBe(2);
    expect(walk.interval.df).toBeCloseTo(12, 6);
    expect(walk.interval.low).toBeCloseTo(1.049, 2);
    expect(walk.interval.high).toBeCloseTo(2.951, 2);
    expect(hiddenFactors).toBe(0);
    expect(describeComparison(walk)).toBe(
      'Days tagged “walk” tend to go with mood 2 points higher the same day (7 days with, 7 without).',
    );
    expect(intervalWords(walk)).toBe('+1 to +3');
  });

  it(`hides a factor with fewer than ${MIN_DAYS_EACH_SIDE} days on either side, and counts it as hidden`, () => {
    // "rain" on 6 of 14 days: 6 with, 8 without → hidden.
    const checkins = Array.from({ length: 14 }, (_, i) => c(i + 1, { mood: i % 3, anxiety: 5, tags: i < 6 ? ['rain'] : [] }));
    const { shown, hiddenFactors } = associations(checkins, [], [], day(1), day(14));
    expect(shown).toEqual([]);
    expect(hiddenFactors).toBe(1);
  });

  it('counts a skipped dose the day before, and leaves out days after a day with no dose logged', () => {
    // Doses: 1–7 Nov one skipped (and one taken); 8–14 Nov taken; 15 Nov nothing logged.
    // So 2–8 Nov follow a missed dose (7 days), 9–15 Nov follow a day with all doses taken (7 days),
    // and 16 Nov follows an unlogged day: neither side (its mood 0 would pull "without" down if counted).
    const doses = [
      ...Array.from({ length: 7 }, (_, i) => [
        { date: day(i + 1), status: 'skipped' as const },
        { date: day(i + 1), status: 'taken' as const },
      ]).flat(),
      ...Array.from({ length: 7 }, (_, i) => ({ date: day(i + 8), status: 'taken' as const })),
    ];
    // Moods 2–8 Nov: 3 4 3 4 3 4 3 (mean 24/7 = 3.4286; squared deviations 4 × 0.18367 + 3 × 0.32653 = 1.71429,
    // variance 0.28571). Moods 9–15 Nov: all 5 (mean 5, variance 0). 16 Nov: 0.
    // Difference 3.4286 − 5 = −1.5714. se = √(0.28571/7 + 0) = 0.20203; df = 6 (all the spread is on one side);
    // half-width 2.4469 × 0.20203 = 0.4944; interval −2.0658 to −1.0771.
    const moods: Record<number, number> = { 2: 3, 3: 4, 4: 3, 5: 4, 6: 3, 7: 4, 8: 3, 9: 5, 10: 5, 11: 5, 12: 5, 13: 5, 14: 5, 15: 5, 16: 0 };
    const checkins = Object.entries(moods).map(([n, mood]) => c(Number(n), { mood }));
    const { shown } = associations(checkins, [], doses, day(1), day(30));
    const missed = pick(shown, 'A missed dose the day before', 'mood', 'same')!;
    expect(missed.factor.kind).toBe('missedDose');
    expect(missed.with.n).toBe(7);
    expect(missed.without).toMatchObject({ n: 7, mean: 5 });
    expect(missed.interval.difference).toBeCloseTo(-1.5714, 3);
    expect(missed.interval.df).toBeCloseTo(6, 6);
    expect(missed.interval.low).toBeCloseTo(-2.0658, 2);
    expect(missed.interval.high).toBeCloseTo(-1.0771, 2);
    expect(describeComparison(missed)).toBe(
      'Days after a missed dose tend to go with mood 1.6 points lower the same day (7 days with, 7 without).',
    );
  });

  it('reads a check-in’s sleep as the night before, with short under 6 hours and 6 exactly not short', () => {
    // 1–7 Nov slept 5.5 h, anxiety 7; 8–13 Nov slept 7.5 h and 14 Nov exactly 6 h, anxiety 4.
    // Short: 7 days (anxiety mean 7) against 7 days (mean 4): difference +3, no spread, interval +3 to +3.
    const checkins = Array.from({ length: 14 }, (_, i) =>
      c(i + 1, { anxiety: i < 7 ? 7 : 4, sleepHours: i < 7 ? 5.5 : i === 13 ? 6 : 7.5 }),
    );
    const { shown, hiddenFactors } = associations(checkins, [], [], day(1), day(14));
    const short = pick(shown, "Under 6 hours' sleep", 'anxiety', 'same')!;
    expect(short.factor.kind).toBe('shortSleep');
    expect(short.with).toMatchObject({ n: 7, mean: 7 });
    expect(short.without).toMatchObject({ n: 7, mean: 4 });
    expect(short.interval).toMatchObject({ difference: 3, low: 3, high: 3 });
    expect(describeComparison(short)).toBe(
      "Days after under 6 hours' sleep tend to go with anxiety 3 points higher the same day (7 days with, 7 without).",
    );
    // Nobody slept over 9 hours, so there is no long-sleep factor at all (not even a hidden one).
    expect(shown.some((s) => s.factor.kind === 'longSleep')).toBe(false);
    expect(hiddenFactors).toBe(0);
  });

  it('compares the next day, counts journal-entry tags, keeps to the period and sorts by size', () => {
    // 1–16 Nov. "yoga" (coping) on odd days 1..13 (7 days); "conflict" (trigger) on 1–7 Nov.
    // Journal entries tag 9 Nov "Music"; check-ins tag "music" on 1–6 Nov → 7 days with "music".
    // Moods: odd days 8, even days 4. 17 Nov is outside the period (its mood 10 must not count).
    const checkins = Array.from({ length: 17 }, (_, i) => {
      const n = i + 1;
      return c(n, {
        mood: n === 17 ? 10 : n % 2 ? 8 : 4,
        coping: n % 2 && n <= 13 ? ['yoga'] : [],
        triggers: n <= 7 ? ['conflict'] : [],
        tags: n <= 6 ? ['music'] : [],
      });
    });
    const entries = [{ date: day(9), tags: ['Music'] }];
    const { shown } = associations(checkins, entries, [], day(1), day(16));
    // yoga same day: with = 7 odd days (8 each), without = 9 other days (15, and the 8 even days: 4 each)
    //   → with mean 8; without (8 + 8×4)/9 = 40/9 = 4.444; difference 3.556.
    const yogaSame = pick(shown, 'yoga', 'mood', 'same')!;
    expect(yogaSame.without.n).toBe(9);
    expect(yogaSame.interval.difference).toBeCloseTo(8 - 40 / 9, 6);
    // yoga next day: the yoga days 1..13 lead to the even days 2..14 (7 moods of 4). The other days, 2..14 even,
    //   15 and 16, lead to the odd days 3..15 (7 moods of 8) and to 16 Nov (4); 16 leads to 17 Nov, outside the
    //   period, so it is left out. without = 8 values, (7×8 + 4)/8 = 7.5; difference 4 − 7.5 = −3.5.
    const yogaNext = pick(shown, 'yoga', 'mood', 'next')!;
    expect(yogaNext.without.n).toBe(8);
    expect(yogaNext.interval.difference).toBe(-3.5);
    // "music" (1–6 Nov from check-ins, 9 Nov from the journal): 7 days, moods 8 4 8 4 8 4 8.
    const music = pick(shown, 'music', 'mood', 'same')!;
    expect(music.with.n).toBe(7);
    // Sorted by the size of the difference, largest first, whatever its sign.
    const sizes = shown.map((s) => Math.abs(s.interval.difference));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(shown[0]).toBe(yogaSame);
    expect(shown[1]).toBe(yogaNext);
  });

  it('says "tends to go with", and never causes, helps or advice', () => {
    const moods = [6, 7, 8, 6, 7, 8, 7, 5, 4, 6, 5, 4, 6, 5];
    const checkins = moods.map((mood, i) => c(i + 1, { mood, anxiety: 10 - mood, coping: i < 7 ? ['walk'] : [] }));
    const sentences = associations(checkins, [], [], day(1), day(14)).shown.map(describeComparison);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      expect(s).toContain('tend to go with');
      expect(s).not.toMatch(/caus|help|should|try |improv/i);
    }
  });
});
