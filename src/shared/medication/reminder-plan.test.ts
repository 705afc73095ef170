import { describe, expect, it } from 'vitest';
import { planReminders, type ReminderData } from './reminder-plan';
import { at, med, step } from './testing';

const now = { day: '2026-11-25', time: '06:00' };
const none: ReminderData = { meds: [], logs: [], appointments: [], checkinDays: new Set() };
const brief = (plan: ReturnType<typeof planReminders>) => plan.map((r) => `${r.kind} ${r.day} ${r.fires} "${r.time}"`);

describe('the reminders the person turned on', () => {
  it('doses stay on unless turned off, as before; everything else is off until chosen', () => {
    const data = { ...none, meds: [med([step('start', '2026-11-01', 50, at('08:00'))])], appointments: [{ id: 'a', date: '2026-11-26', time: '14:00' }] };
    expect(brief(planReminders(undefined, data, now, 24, 7))).toEqual(['dose 2026-11-25 08:00 "08:00"']);
    expect(planReminders({ reminders: false }, data, now, 24, 7)).toEqual([]);
  });

  it('a daily check-in reminder skips a day whose check-in is saved', () => {
    const plan = planReminders({ reminders: false, checkinReminder: '20:00' }, { ...none, checkinDays: new Set(['2026-11-25']) }, now, 48, 7);
    expect(brief(plan)).toEqual(['checkin 2026-11-26 20:00 "20:00"']);
  });

  it('homework reminds daily at its time', () => {
    expect(brief(planReminders({ reminders: false, homeworkReminder: '18:30' }, none, now, 48, 7))).toEqual([
      'homework 2026-11-25 18:30 "18:30"',
      'homework 2026-11-26 18:30 "18:30"',
    ]);
  });

  it('an appointment is reminded of the day before and an hour before, naming its own time', () => {
    const data = { ...none, appointments: [{ id: 'a1', date: '2026-11-26', time: '14:00' }, { id: 'a2', date: '2026-11-27', time: '00:30' }] };
    const plan = planReminders({ reminders: false, appointmentReminders: true }, data, now, 48, 7);
    expect(brief(plan)).toEqual([
      'appointment 2026-11-25 14:00 "14:00"',
      'appointment 2026-11-26 00:30 "00:30"',
      'appointment 2026-11-26 13:00 "14:00"',
      'appointment 2026-11-26 23:30 "00:30"',
    ]);
    expect(plan.map((r) => r.appointmentId)).toEqual(['a1', 'a2', 'a1', 'a2']);
  });

  it('refill reminds only while a supply warning stands', () => {
    const low = med([step('start', '2026-10-01', 50, at('08:00'))], { supply: { quantity: 3, refillDate: '2026-11-20', strength: 50 } });
    const plenty = med([step('start', '2026-10-01', 50, at('08:00'))], { supply: { quantity: 90, refillDate: '2026-11-20', strength: 50 } });
    const choices = { reminders: false, refillReminder: '10:00' };
    expect(brief(planReminders(choices, { ...none, meds: [low] }, now, 48, 7))).toEqual(['refill 2026-11-25 10:00 "10:00"', 'refill 2026-11-26 10:00 "10:00"']);
    expect(planReminders(choices, { ...none, meds: [plenty] }, now, 48, 7)).toEqual([]);
  });
});
