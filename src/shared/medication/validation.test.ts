import { describe, expect, it } from 'vitest';
import { doseLog, medication, sideEffect } from '../domain/medication';
import { asNeededDose, at, med, step, taken } from './testing';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error?.issues[0]?.message;

describe('medication records', () => {
  it('accepts a full timeline: start, changes, pause, restart, stop and a later restart', () => {
    const m = med([
      step('start', '2026-01-01', 50, at('08:00')),
      step('increase', '2026-02-01', 100, at('08:00')),
      step('pause', '2026-03-01'),
      step('resume', '2026-03-10', 50, at('08:00')),
      step('stop', '2026-04-01'),
      step('start', '2026-09-01', 25, at('20:00')),
    ]);
    expect(medication.safeParse(m).success).toBe(true);
  });

  it.each([
    [0, 'Enter a dose above 0.'],
    [-5, 'Enter a dose above 0.'],
    [Number.NaN, 'Enter a dose as a number.'],
    [1e9, 'That dose is too large to be right; check the number and the unit.'],
  ])('refuses a dose of %s', (amount, message) => {
    expect(firstMessage(medication.safeParse(med([step('start', '2026-01-01', amount, at('08:00'))])))).toBe(message);
  });

  it('refuses a stop dated before the start', () => {
    const m = med([step('start', '2026-11-20', 50, at('08:00')), step('stop', '2026-11-10')]);
    expect(firstMessage(medication.safeParse(m))).toBe('The stop date (2026-11-10) is before the start date (2026-11-20).');
  });

  it('refuses an unknown unit and an unknown class', () => {
    const m = med([step('start', '2026-01-01', 5, at('08:00'))]);
    expect(firstMessage(medication.safeParse({ ...m, unit: 'grains' }))).toMatch(/^Choose a unit from the list \(mg, mcg, g, mL/);
    expect(firstMessage(medication.safeParse({ ...m, class: 'vitamin' }))).toBe('Choose a class from the list.');
  });

  it('refuses impossible timelines with a readable message', () => {
    const cases: [ReturnType<typeof step>[], string][] = [
      [[], 'Add a start date.'],
      [[step('start', '2026-01-01', 5, at('08:00')), step('increase', '2026-01-01', 10, at('08:00'))], 'There are two changes on 2026-01-01; keep one change per day.'],
      [[step('start', '2026-01-01', 5, at('08:00')), step('resume', '2026-01-05', 5, at('08:00'))], 'A restart after a pause on 2026-01-05 needs a pause before it.'],
      [[step('start', '2026-01-01', 5, at('08:00')), step('stop', '2026-01-05'), step('increase', '2026-01-09', 5, at('08:00'))], 'The medication was stopped before 2026-01-09; record a new start first.'],
      [[step('start', '2026-01-01', 5, at('08:00')), step('pause', '2026-01-05'), step('decrease', '2026-01-09', 2, at('08:00'))], 'The medication is paused before 2026-01-09; record a restart first.'],
      [[step('start', '2026-01-01', 5, at('08:00')), step('start', '2026-01-05', 5, at('08:00'))], 'A second start on 2026-01-05 needs a stop before it.'],
    ];
    for (const [steps, message] of cases) expect(firstMessage(medication.safeParse(med(steps)))).toBe(message);
  });

  it('refuses a dose step without a schedule, duplicate times, and a stop that carries a dose', () => {
    expect(firstMessage(medication.safeParse(med([step('start', '2026-01-01', 5)])))).toBe('Choose dose times or "as needed".');
    expect(firstMessage(medication.safeParse(med([step('start', '2026-01-01', 5, at('08:00', '08:00'))])))).toBe('Each dose time can appear only once.');
    expect(firstMessage(medication.safeParse(med([step('start', '2026-01-01', 5, at('25:00'))])))).toBe('Use a time like 08:00.');
    const stopWithDose = { ...step('stop', '2026-02-01'), amount: 5 };
    expect(firstMessage(medication.safeParse(med([step('start', '2026-01-01', 5, at('08:00')), stopWithDose])))).toBe('A stop has no dose.');
  });

  it('asks for the strength when a supply is counted in pieces of an mg dose', () => {
    const m = med([step('start', '2026-01-01', 5, at('08:00'))], { supply: { quantity: 30, refillDate: '2026-01-01', strength: null } });
    expect(firstMessage(medication.safeParse(m))).toBe('Enter how many mg one piece holds, so the supply can be counted.');
    expect(medication.safeParse({ ...m, unit: 'tablets' }).success).toBe(true);
  });
});

describe('dose and side-effect records', () => {
  it('accepts taken and as-needed doses and refuses an as-needed dose without an amount', () => {
    expect(doseLog.safeParse(taken('2026-11-25', '08:00')).success).toBe(true);
    expect(doseLog.safeParse(asNeededDose('2026-11-25', 1)).success).toBe(true);
    expect(firstMessage(doseLog.safeParse({ ...asNeededDose('2026-11-25', 1), amount: null }))).toBe('Enter a dose above 0.');
    expect(firstMessage(doseLog.safeParse({ ...asNeededDose('2026-11-25', 1), amount: 0 }))).toBe('Enter a dose above 0.');
  });

  it('refuses a severity outside 1–5 and an empty symptom', () => {
    const base = {
      kind: 'med.sideEffect',
      id: 'se',
      createdAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
      date: '2026-11-25',
      symptom: 'nausea',
      severity: 3,
      medicationId: null,
      note: '',
    };
    expect(sideEffect.safeParse(base).success).toBe(true);
    expect(firstMessage(sideEffect.safeParse({ ...base, severity: 6 }))).toBe('Choose a severity from 1 to 5.');
    expect(firstMessage(sideEffect.safeParse({ ...base, symptom: '   ' }))).toBe('Name the symptom.');
    expect(firstMessage(sideEffect.safeParse({ ...base, date: '2026-02-30' }))).toBe('That date does not exist.');
  });
});
