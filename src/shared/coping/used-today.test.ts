import { describe, expect, it } from 'vitest';
import { journalCheckin, type JournalCheckin } from '../domain/journal-checkin';
import { COPING_LIST_MAX, usedOn, withCopingUsed } from './used-today';

const DAY = '2026-12-06';
const NOW = '2026-12-06T18:30:00.000Z';
const existing = (coping: string[]): JournalCheckin => ({
  kind: 'journal.checkin', id: `checkin-${DAY}`, date: DAY, createdAt: '2026-12-06T08:00:00.000Z', updatedAt: '2026-12-06T08:00:00.000Z',
  mood: 6, triggers: ['Work'], coping, tags: ['tired'], note: 'Morning note',
});

describe('withCopingUsed', () => {
  it('creates today’s check-in holding only the skill when there is none, and it is a valid check-in', () => {
    const created = withCopingUsed(undefined, DAY, 'Cold water', NOW)!;
    expect(created).toMatchObject({ id: `checkin-${DAY}`, date: DAY, coping: ['Cold water'], triggers: [], tags: [], note: '' });
    expect(created.mood).toBeUndefined();
    expect(journalCheckin.safeParse(created).success).toBe(true);
  });

  it('adds the skill to an existing check-in and keeps everything else in it', () => {
    const updated = withCopingUsed(existing(['Walk']), DAY, 'Cold water', NOW)!;
    expect(updated).toMatchObject({ mood: 6, triggers: ['Work'], tags: ['tired'], note: 'Morning note', coping: ['Walk', 'Cold water'], updatedAt: NOW });
    expect(updated.createdAt).toBe('2026-12-06T08:00:00.000Z');
  });

  it('never lists a skill twice, whatever its case or spaces', () => {
    expect(withCopingUsed(existing(['Cold water']), DAY, 'Cold water', NOW)).toBeNull();
    expect(withCopingUsed(existing(['cold water ']), DAY, 'Cold Water', NOW)).toBeNull();
    expect(usedOn(existing(['Cold water']), 'COLD WATER')).toBe(true);
    expect(usedOn(undefined, 'Cold water')).toBe(false);
  });

  it('leaves a full list alone rather than making a check-in that cannot be saved', () => {
    const full = existing(Array.from({ length: COPING_LIST_MAX }, (_, i) => `Skill ${i}`));
    expect(withCopingUsed(full, DAY, 'One more', NOW)).toBeNull();
  });
});
