import { describe, expect, it } from 'vitest';
import { journalDraft, journalEntry, type JournalEntry } from './journal';

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
  kind: 'journal.entry',
  id: 'e1',
  date: '2026-11-25',
  time: '14:30',
  createdAt: '2026-11-25T14:30:00.000Z',
  updatedAt: '2026-11-25T14:30:00.000Z',
  title: '',
  body: 'Some words.',
  tags: [],
  shareWithProvider: false,
  ...over,
});

const messageOf = (input: unknown) => {
  const result = journalEntry.safeParse(input);
  return result.success ? 'accepted' : result.error.issues[0]?.message;
};

describe('journal.entry schema', () => {
  it('accepts boundary values', () => {
    expect(messageOf(entry({ mood: 0 }))).toBe('accepted');
    expect(messageOf(entry({ mood: 10 }))).toBe('accepted');
    expect(messageOf(entry({ time: '00:00' }))).toBe('accepted');
    expect(messageOf(entry({ time: '23:59' }))).toBe('accepted');
    expect(messageOf(entry({ title: 't'.repeat(200), body: 'b'.repeat(200_000) }))).toBe('accepted');
    expect(messageOf(entry({ tags: Array.from({ length: 50 }, (_, i) => `tag ${i}`) }))).toBe('accepted');
    expect(messageOf(entry({ date: '2024-02-29' }))).toBe('accepted');
  });

  it('rejects out-of-range values with messages', () => {
    expect(messageOf(entry({ body: '   \n ' }))).toBe('Write something before saving.');
    expect(messageOf(entry({ body: 'b'.repeat(200_001) }))).toBe(
      'This entry is over 200,000 characters; split it into several entries.',
    );
    expect(messageOf(entry({ title: 't'.repeat(201) }))).toBe('Keep the title under 200 characters.');
    expect(messageOf(entry({ mood: 11 }))).toBe('Mood at the time is a number from 0 to 10.');
    expect(messageOf(entry({ mood: 2.5 }))).toBe('Mood at the time is a whole number from 0 to 10.');
    expect(messageOf(entry({ time: '24:00' }))).toBe('Use a time like 14:30.');
    expect(messageOf(entry({ date: '2025-02-29' }))).toBe('That date does not exist.');
    expect(messageOf(entry({ date: '25/11/2026' }))).toBe('Use a date like 2026-11-25.');
    expect(messageOf(entry({ tags: ['x'.repeat(61)] }))).toBe('Keep each tag under 60 characters.');
    expect(messageOf(entry({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }))).toBe('Use at most 50 tags.');
  });
});

describe('journal.draft schema', () => {
  const draft = {
    kind: 'journal.draft',
    id: 'journal.draft',
    createdAt: '2026-11-25T14:30:00.000Z',
    updatedAt: '2026-11-25T14:30:00.000Z',
    title: '',
    body: '',
    day: '2026-13-40',
    time: '',
    tags: '',
    mood: '',
    shareWithProvider: false,
  };

  it('keeps unfinished form text as typed, even an impossible date', () => {
    expect(journalDraft.safeParse(draft).success).toBe(true);
  });

  it('is a single record and refuses a runaway paste', () => {
    expect(journalDraft.safeParse({ ...draft, id: 'another' }).success).toBe(false);
    const long = journalDraft.safeParse({ ...draft, body: 'b'.repeat(200_001) });
    expect(long.success ? '' : long.error.issues[0]?.message).toBe(
      'This draft is over 200,000 characters; split it into several entries.',
    );
  });
});
