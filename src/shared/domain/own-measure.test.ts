import { describe, expect, it } from 'vitest';
import { anyRecord } from './index';
import { checkinIdFor, journalCheckin } from './journal-checkin';
import { activeMeasures, checkOwnValues, journalMeasure, ownValueText, type JournalMeasure } from './own-measure';
import { checkCheckin } from '../journal/validate';
import { ownMeasureLines, ownMeasureText } from '../journal/own-measure-text';

const STAMP = '2026-11-01T09:00:00.000Z';
const measure = (id: string, over: Partial<JournalMeasure>): JournalMeasure => ({
  kind: 'journal.measure',
  id,
  createdAt: STAMP,
  updatedAt: STAMP,
  name: id,
  type: 'rating',
  inSummary: false,
  ...over,
});

const zaps = measure('m-zaps', { name: 'brain zaps', type: 'rating', lowWord: 'none', highWord: 'constant', createdAt: '2026-11-01T09:00:00.000Z' });
const exercised = measure('m-ex', { name: 'exercised', type: 'yesno', createdAt: '2026-11-01T09:01:00.000Z' });
const outside = measure('m-out', { name: 'minutes outside', type: 'number', unit: 'minutes', min: 0, max: 600, createdAt: '2026-11-01T09:02:00.000Z' });
const all = [zaps, exercised, outside];

const checkin = (custom: Record<string, number | boolean>, date = '2026-11-25') => ({
  kind: 'journal.checkin',
  id: checkinIdFor(date),
  date,
  createdAt: STAMP,
  updatedAt: STAMP,
  triggers: [],
  coping: [],
  tags: [],
  note: '',
  custom,
});

describe('own measures', () => {
  it('stores the three kinds as records the repository accepts', () => {
    for (const m of all) expect(anyRecord.safeParse(m).success).toBe(true);
  });

  it('needs a name, a known type and a highest value above the lowest', () => {
    expect(journalMeasure.safeParse({ ...zaps, name: '  ' }).error?.issues[0]?.message).toBe('Give the measure a name.');
    expect(journalMeasure.safeParse({ ...zaps, type: 'slider' }).success).toBe(false);
    expect(journalMeasure.safeParse({ ...outside, min: 10, max: 10 }).error?.issues[0]?.message).toBe('The highest value must be above the lowest.');
  });

  it('checks ratings as whole numbers 0–10', () => {
    for (const v of [0, 10]) expect(checkOwnValues({ 'm-zaps': v }, all)).toBeNull();
    expect(checkOwnValues({ 'm-zaps': 11 }, all)).toEqual({ field: 'm-zaps', message: 'brain zaps is a number from 0 to 10.' });
    expect(checkOwnValues({ 'm-zaps': -1 }, all)?.message).toBe('brain zaps is a number from 0 to 10.');
    expect(checkOwnValues({ 'm-zaps': 2.5 }, all)?.message).toBe('brain zaps is a whole number from 0 to 10.');
  });

  it('checks yes/no as true or false', () => {
    expect(checkOwnValues({ 'm-ex': true }, all)).toBeNull();
    expect(checkOwnValues({ 'm-ex': false }, all)).toBeNull();
    expect(checkOwnValues({ 'm-ex': 1 }, all)).toEqual({ field: 'm-ex', message: 'exercised: choose yes or no.' });
  });

  it('checks numbers against their own range, decimals allowed', () => {
    for (const v of [0, 42.5, 600]) expect(checkOwnValues({ 'm-out': v }, all)).toBeNull();
    expect(checkOwnValues({ 'm-out': 601 }, all)?.message).toBe('minutes outside is a number from 0 to 600.');
    expect(checkOwnValues({ 'm-out': Number.NaN }, all)?.message).toBe('minutes outside is a number from 0 to 600.');
  });

  it('a typed word in a number field names the measure, not a schema path', () => {
    const checked = checkCheckin(checkin({ 'm-out': Number.NaN }), '2026-12-01', all);
    expect(checked).toEqual({ ok: false, field: 'm-out', message: 'minutes outside is a number from 0 to 600.' });
    expect(checkCheckin(checkin({ 'm-out': 40, 'm-ex': true, 'm-zaps': 3 }), '2026-12-01', all).ok).toBe(true);
  });

  it('a check-in with only an own value is not empty', () => {
    expect(journalCheckin.safeParse(checkin({ 'm-ex': false })).success).toBe(true);
    expect(journalCheckin.safeParse(checkin({})).success).toBe(false);
  });

  it('archiving keeps past values: they stay valid, still show under the name, and leave the check-in form', () => {
    const archived = { ...zaps, archivedAt: '2026-11-30T10:00:00.000Z' };
    const measures = [archived, exercised, outside];
    expect(activeMeasures(measures).map((m) => m.name)).toEqual(['exercised', 'minutes outside']);
    const old = checkin({ 'm-zaps': 7, 'm-ex': true });
    expect(checkCheckin(old, '2026-12-01', measures).ok).toBe(true);
    expect(ownMeasureLines(journalCheckin.parse(old), measures)).toEqual([
      { id: 'm-zaps', label: 'brain zaps (removed)', value: '7/10' },
      { id: 'm-ex', label: 'exercised', value: 'yes' },
    ]);
  });

  it('reads values with their units, for cards, search and exports', () => {
    expect(ownValueText(zaps, 3)).toBe('3/10');
    expect(ownValueText(exercised, false)).toBe('no');
    expect(ownValueText(outside, 40)).toBe('40 minutes');
    expect(ownMeasureText(journalCheckin.parse(checkin({ 'm-out': 40, 'm-zaps': 3 })), all)).toBe('brain zaps 3/10\nminutes outside 40 minutes');
  });
});
