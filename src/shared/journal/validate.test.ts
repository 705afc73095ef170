import { describe, expect, it } from 'vitest';
import { checkinIdFor } from '../domain/journal-checkin';
import { checkCheckin, checkEntry, FUTURE_DAY_MESSAGE } from './validate';

const base = { createdAt: '2026-11-25T08:00:00.000Z', updatedAt: '2026-11-25T08:00:00.000Z', triggers: [], coping: [], tags: [], note: '' };
const checkin = (date: string, over = {}) => ({ ...base, kind: 'journal.checkin', id: checkinIdFor(date), date, mood: 5, ...over });
const entry = (date: string, body = 'words') => ({
  kind: 'journal.entry', id: 'e', date, time: '10:00', title: '', body, tags: [], shareWithProvider: false,
  createdAt: base.createdAt, updatedAt: base.updatedAt,
});

describe('form checks', () => {
  it('accepts today and earlier days, refuses tomorrow', () => {
    expect(checkCheckin(checkin('2026-11-25'), '2026-11-25').ok).toBe(true);
    expect(checkCheckin(checkin('2016-01-01'), '2026-11-25').ok).toBe(true);
    expect(checkCheckin(checkin('2026-11-26'), '2026-11-25')).toEqual({ ok: false, field: 'date', message: FUTURE_DAY_MESSAGE });
    expect(checkEntry(entry('2027-01-01'), '2026-11-25')).toEqual({ ok: false, field: 'date', message: FUTURE_DAY_MESSAGE });
  });

  it('names the field of the first problem so the form can mark it', () => {
    expect(checkCheckin(checkin('2026-11-25', { sleepHours: 30 }), '2026-11-25')).toMatchObject({ ok: false, field: 'sleepHours' });
    expect(checkEntry(entry('2026-11-25', ''), '2026-11-25')).toEqual({
      ok: false,
      field: 'body',
      message: 'Write something before saving.',
    });
  });
});
