import { describe, expect, it } from 'vitest';
import { guessDateFormat, parseDay, parseNamedDay, parseTime } from './dates';

const TODAY = '2026-12-06';

describe('dates', () => {
  it('reads a day only in the chosen layout and refuses impossible, future and ancient days', () => {
    expect(parseDay('31.03.2024', 'dd.MM.yyyy', TODAY)).toEqual({ ok: true, day: '2024-03-31' });
    expect(parseDay('2024-02-30', 'yyyy-MM-dd', TODAY)).toMatchObject({ ok: false });
    expect(parseDay('03/31/2024', 'dd/MM/yyyy', TODAY)).toMatchObject({ ok: false });
    expect(parseDay('2026-12-07', 'yyyy-MM-dd', TODAY)).toEqual({ ok: false, reason: 'has the date 2026-12-07, which is after today.' });
    expect(parseDay('1899-12-31', 'yyyy-MM-dd', TODAY)).toEqual({ ok: false, reason: 'has the date 1899-12-31, before 1900.' });
  });

  it('guesses a layout only when it reads every sample', () => {
    expect(guessDateFormat(['31.03.2024', '01.04.2024'], TODAY)).toBe('dd.MM.yyyy');
    expect(guessDateFormat(['2024-03-31', 'soon'], TODAY)).toBeNull();
  });

  it('reads 24-hour and 12-hour clock times', () => {
    expect(parseTime('8:30 PM')).toBe('20:30');
    expect(parseTime('12:05 am')).toBe('00:05');
    expect(parseTime('21:40')).toBe('21:40');
    expect(parseTime('25:00')).toBeUndefined();
  });
});

describe('parseNamedDay', () => {
  it('reads Bearable and older Daylio days, and refuses what is not a day', () => {
    expect(parseNamedDay('22nd Sep 2020', TODAY)).toEqual({ ok: true, day: '2020-09-22' });
    expect(parseNamedDay('1st Dec 2020', TODAY)).toEqual({ ok: true, day: '2020-12-01' });
    expect(parseNamedDay('18 May 2018', TODAY)).toEqual({ ok: true, day: '2018-05-18' });
    expect(parseNamedDay('May 18, 2018', TODAY)).toEqual({ ok: true, day: '2018-05-18' });
    expect(parseNamedDay('3 Sept 2021', TODAY)).toEqual({ ok: true, day: '2021-09-03' });
    expect(parseNamedDay('30th Feb 2024', TODAY)).toMatchObject({ ok: false });
    expect(parseNamedDay('18 Mayday 2018', TODAY)).toMatchObject({ ok: false });
    expect(parseNamedDay('18/05/2018', TODAY)).toMatchObject({ ok: false });
    expect(parseNamedDay('7th Dec 2026', TODAY)).toEqual({ ok: false, reason: 'has the date 2026-12-07, which is after today.' });
  });
});
