import { describe, expect, it } from 'vitest';
import { checkinIdFor, journalCheckin, type JournalCheckin } from './journal-checkin';

const checkin = (over: Partial<JournalCheckin> = {}): JournalCheckin => ({
  kind: 'journal.checkin',
  id: checkinIdFor(over.date ?? '2026-11-25'),
  date: '2026-11-25',
  createdAt: '2026-11-25T08:00:00.000Z',
  updatedAt: '2026-11-25T08:00:00.000Z',
  mood: 6,
  triggers: [],
  coping: [],
  tags: [],
  note: '',
  ...over,
});

const messageOf = (input: unknown) => {
  const result = journalCheckin.safeParse(input);
  return result.success ? 'accepted' : result.error.issues[0]?.message;
};

describe('journal.checkin schema', () => {
  it('accepts every boundary value', () => {
    for (const v of [0, 10]) {
      expect(messageOf(checkin({ mood: v, anxiety: v, energy: v, irritability: v }))).toBe('accepted');
    }
    for (const hours of [0, 0.25, 7.5, 23.75, 24]) expect(messageOf(checkin({ sleepHours: hours }))).toBe('accepted');
    for (const quality of [1, 5]) expect(messageOf(checkin({ sleepQuality: quality }))).toBe('accepted');
    expect(messageOf(checkin({ note: 'x'.repeat(2000) }))).toBe('accepted');
  });

  it('rejects ratings outside 0–10 or between whole numbers, naming the field', () => {
    expect(messageOf(checkin({ mood: 11 }))).toBe('Mood is a number from 0 to 10.');
    expect(messageOf(checkin({ anxiety: -1 }))).toBe('Anxiety is a number from 0 to 10.');
    expect(messageOf(checkin({ energy: 4.5 }))).toBe('Energy is a whole number from 0 to 10.');
    expect(messageOf(checkin({ irritability: Number.NaN }))).toBe('Irritability is a number from 0 to 10.');
  });

  it('rejects impossible sleep', () => {
    expect(messageOf(checkin({ sleepHours: 30 }))).toBe('Sleep is a number of hours from 0 to 24; a day has only 24.');
    expect(messageOf(checkin({ sleepHours: 24.25 }))).toBe('Sleep is a number of hours from 0 to 24; a day has only 24.');
    expect(messageOf(checkin({ sleepHours: -0.25 }))).toBe('Sleep is a number of hours from 0 to 24.');
    expect(messageOf(checkin({ sleepHours: 7.1 }))).toBe('Give sleep in quarter hours, like 7, 7.25 or 7.5.');
    expect(messageOf(checkin({ sleepQuality: 0 }))).toBe('Sleep quality is a whole number from 1 to 5.');
    expect(messageOf(checkin({ sleepQuality: 6 }))).toBe('Sleep quality is a whole number from 1 to 5.');
  });

  it('rejects a note over 2,000 characters and an impossible date', () => {
    expect(messageOf(checkin({ note: 'x'.repeat(2001) }))).toBe('Keep the note under 2,000 characters.');
    expect(messageOf(checkin({ date: '2026-02-30', id: checkinIdFor('2026-02-30') }))).toBe('That date does not exist.');
  });

  it('keeps one check-in per day by tying the id to the date', () => {
    expect(messageOf({ ...checkin(), id: 'something-else' })).toBe('A check-in belongs to exactly one day.');
  });

  it('refuses an empty check-in but accepts one with only a note or only sleep', () => {
    const empty = checkin({ mood: undefined });
    expect(messageOf(empty)).toBe('Fill in at least one value before saving.');
    expect(messageOf({ ...empty, note: 'Long day.' })).toBe('accepted');
    expect(messageOf({ ...empty, sleepHours: 6 })).toBe('accepted');
  });

  it('limits the lists', () => {
    expect(messageOf(checkin({ triggers: [''] }))).toBe('A list item cannot be empty.');
    expect(messageOf(checkin({ coping: ['x'.repeat(61)] }))).toBe('Keep each item under 60 characters.');
    expect(messageOf(checkin({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }))).toBe('Use at most 50 tags.');
  });
});
