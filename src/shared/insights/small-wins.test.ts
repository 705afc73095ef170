import { describe, expect, it } from 'vitest';
import type { Taken } from '../clinical/outcomes';
import { GAD7, PHQ9, type Questionnaire } from '../clinical/questionnaires';
import type { Answer } from '../clinical/scoring';
import { addDays } from '../medication/days';
import { at, med, skipped, step, taken } from '../medication/testing';
import { smallWins, type WinsInput } from './small-wins';

const TODAY = '2026-12-06';
const now = { day: TODAY, time: '12:00' };
const ago = (n: number) => addDays(TODAY, -n);
const none: WinsInput = { checkins: [], phq9: [], gad7: [], medications: [], doses: [], now };
const kinds = (input: Partial<WinsInput>) => smallWins({ ...none, ...input }).map((w) => w.kind);
/** Sleep nights are check-ins too, so a run of them is also a check-in streak; the sleep tests look at sleep alone. */
const sleepOnly = (input: Partial<WinsInput>) => smallWins({ ...none, ...input }).filter((w) => w.kind === 'sleep');

function answersFor(q: Questionnaire, total: number): Answer[] {
  let left = total;
  return q.items.map(() => {
    const a = Math.min(3, left);
    left -= a;
    return a;
  });
}
const scored = (q: Questionnaire, date: string, total: number): Taken => ({ id: `${q.id}-${date}`, date, createdAt: `${date}T10:00:00.000Z`, answers: answersFor(q, total) });

/** Sleep on days `from` to `to` days ago (both included). */
const nights = (from: number, to: number, hours: number) =>
  Array.from({ length: from - to + 1 }, (_, i) => ({ date: ago(from - i), sleepHours: hours }));

describe('sleep', () => {
  it('notices average sleep up at least half an hour against the fortnight before, in hours', () => {
    // Last 14 days (0–13 days ago): 7 nights of 7.5 h → 7.5. Fortnight before (14–27 days ago): 7 nights of 6.5 h → 6.5.
    const checkins = [...nights(6, 0, 7.5), ...nights(20, 14, 6.5)];
    expect(sleepOnly({ checkins })).toEqual([
      { kind: 'sleep', text: 'You slept 7.5 hours a night on average over the last two weeks, up from 6.5 the two weeks before.' },
    ]);
  });

  it('says nothing for a rise under half an hour, a fall, or fewer than 7 nights in either fortnight', () => {
    // 7.25 against 6.875: +0.375 h, under the half hour.
    expect(sleepOnly({ checkins: [...nights(6, 0, 7.25), ...nights(20, 14, 6.875)] })).toEqual([]);
    // A fall is never mentioned.
    expect(sleepOnly({ checkins: [...nights(6, 0, 6), ...nights(20, 14, 8)] })).toEqual([]);
    // Only 6 recent nights (0–5 days ago).
    expect(sleepOnly({ checkins: [...nights(5, 0, 9), ...nights(20, 14, 6)] })).toEqual([]);
    // Nights 28 days ago fall outside the earlier fortnight (14–27): 6 inside → too thin.
    expect(sleepOnly({ checkins: [...nights(6, 0, 9), ...nights(28, 23, 6)] })).toEqual([]);
  });
});

describe('questionnaire response', () => {
  it('notices a PHQ-9 total at half or less of a starting score at caseness, while the latest is recent', () => {
    // Baseline 16 (≥ 10, at caseness); latest 8: 2 × (16 − 8) = 16 ≥ 16 → a response.
    const phq9 = [scored(PHQ9, ago(60), 16), scored(PHQ9, ago(10), 8)];
    expect(smallWins({ ...none, phq9 })).toEqual([
      { kind: 'phq9Response', text: 'Your latest PHQ-9 total, 8, is half or less of your starting score of 16.' },
    ]);
  });

  it('says nothing for a smaller fall, a baseline below caseness, or an old latest score', () => {
    expect(kinds({ phq9: [scored(PHQ9, ago(60), 16), scored(PHQ9, ago(10), 9)] })).toEqual([]); // 2 × 7 = 14 < 16
    expect(kinds({ phq9: [scored(PHQ9, ago(60), 8), scored(PHQ9, ago(10), 2)] })).toEqual([]); // baseline 8 < 10
    expect(kinds({ phq9: [scored(PHQ9, ago(90), 16), scored(PHQ9, ago(29), 4)] })).toEqual([]); // 29 days ago > 28
  });

  it('does the same for GAD-7 (caseness 8)', () => {
    expect(smallWins({ ...none, gad7: [scored(GAD7, ago(40), 8), scored(GAD7, ago(3), 4)] })).toEqual([
      { kind: 'gad7Response', text: 'Your latest GAD-7 total, 4, is half or less of your starting score of 8.' },
    ]);
  });
});

describe('check-in streak', () => {
  const days = (...n: number[]) => n.map((d) => ({ date: ago(d) }));

  it('counts the days in a row up to today, or up to yesterday when today is not checked in yet', () => {
    expect(smallWins({ ...none, checkins: days(0, 1, 2, 3, 5) })).toEqual([{ kind: 'checkinStreak', text: 'You have checked in 4 days in a row.' }]);
    expect(smallWins({ ...none, checkins: days(1, 2, 3) })).toEqual([{ kind: 'checkinStreak', text: 'You have checked in 3 days in a row.' }]);
  });

  it('says nothing under three days, and nothing at all (never "broken") once a run has ended', () => {
    expect(kinds({ checkins: days(0, 1) })).toEqual([]);
    // A long run that ended two days ago: silence.
    expect(kinds({ checkins: days(2, 3, 4, 5, 6, 7, 8) })).toEqual([]);
  });
});

describe('a week of doses', () => {
  const sertraline = med([step('start', ago(30), 50, at('08:00'))]);
  const week = Array.from({ length: 7 }, (_, i) => taken(ago(i + 1), '08:00'));

  it('notices every dose due in the seven days before today logged as taken', () => {
    expect(smallWins({ ...none, medications: [sertraline], doses: week })).toEqual([
      { kind: 'doseWeek', text: 'Every dose due in the past 7 days is logged as taken.' },
    ]);
  });

  it('says nothing when one was skipped or left unlogged, or when nothing was due', () => {
    expect(kinds({ medications: [sertraline], doses: [...week.slice(1), skipped(ago(1), '08:00')] })).toEqual([]);
    expect(kinds({ medications: [sertraline], doses: week.slice(1) })).toEqual([]);
    expect(kinds({ medications: [], doses: [] })).toEqual([]);
  });
});

describe('words', () => {
  it('never compare with other people, never mention a lost streak', () => {
    const all = smallWins({
      checkins: [...nights(6, 0, 7.5), ...nights(20, 14, 6.5)],
      phq9: [scored(PHQ9, ago(60), 16), scored(PHQ9, ago(10), 8)],
      gad7: [],
      medications: [],
      doses: [],
      now,
    });
    expect(all.map((w) => w.kind)).toEqual(['sleep', 'phq9Response', 'checkinStreak']);
    for (const w of all) expect(w.text).not.toMatch(/other people|average person|most people|broken|lost|missed|should/i);
  });
});
