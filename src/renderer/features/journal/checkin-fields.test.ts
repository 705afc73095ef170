import { describe, expect, it } from 'vitest';
import { checkinIdFor, journalCheckin } from '../../../shared/domain/journal-checkin';
import type { JournalMeasure } from '../../../shared/domain/own-measure';
import { blankCheckin, checkinFrom, checkinParam, checkinTarget, fieldsOf } from './checkin-fields';

const STAMP = '2026-11-01T09:00:00.000Z';
const measure = (id: string, over: Partial<JournalMeasure>): JournalMeasure => ({
  kind: 'journal.measure', id, name: id, type: 'rating', inSummary: false, createdAt: STAMP, updatedAt: STAMP, ...over,
});
const zaps = measure('zaps', { archivedAt: STAMP });
const ex = measure('ex', { type: 'yesno' });
const out = measure('out', { type: 'number', unit: 'minutes' });

describe('check-in fields and own measures', () => {
  it('stores yes/no as true/false and numbers as numbers; "not said" is left out', () => {
    const f = { ...blankCheckin('2026-11-25'), custom: { ex: 'no', out: '42,5' } };
    expect(checkinFrom(f, undefined, STAMP, [ex, out])).toMatchObject({ custom: { ex: false, out: 42.5 } });
    const none = checkinFrom({ ...blankCheckin('2026-11-25'), custom: { ex: '', out: '' } }, undefined, STAMP, [ex, out]);
    expect(none).not.toHaveProperty('custom');
  });

  it('editing an old check-in keeps the values of a removed measure', () => {
    const old = journalCheckin.parse({
      kind: 'journal.checkin', id: checkinIdFor('2026-11-25'), date: '2026-11-25', createdAt: STAMP, updatedAt: STAMP,
      triggers: [], coping: [], tags: [], note: '', custom: { zaps: 7, ex: true },
    });
    const again = checkinFrom({ ...fieldsOf(old), custom: { ...fieldsOf(old).custom, ex: 'no' } }, old, STAMP, [zaps, ex, out]);
    expect(again).toMatchObject({ custom: { zaps: 7, ex: false } });
  });

  it('names a morning or evening check-in in the page address, and reads it back', () => {
    expect(checkinTarget('2026-11-25-evening')).toEqual({ day: '2026-11-25', part: 'evening' });
    expect(checkinTarget('2026-11-25')).toEqual({ day: '2026-11-25' });
    const morning = checkinFrom(blankCheckin('2026-11-25', 'morning'), undefined, STAMP) as { id: string; part: string };
    expect(morning).toMatchObject({ id: 'checkin-2026-11-25-morning', part: 'morning' });
    expect(checkinParam(journalCheckin.parse({ ...morning, mood: 3 }))).toBe('2026-11-25-morning');
  });
});
