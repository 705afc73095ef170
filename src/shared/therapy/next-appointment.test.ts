import { describe, expect, it } from 'vitest';
import type { TherapyAppointment } from '../domain/therapy';
import { nextAppointment, openQuestions } from './next-appointment';

const appointment = (id: string, date: string, time?: string): TherapyAppointment => ({
  kind: 'therapy.appointment',
  id,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  date,
  time,
  type: 'therapy',
  questions: [
    { id: 'q1', text: 'Can we talk about sleep?', asked: false },
    { id: 'q2', text: 'What about the dose?', asked: true },
  ],
  decisions: '',
});

describe('next appointment', () => {
  it('is the earliest appointment from today on, ignoring past ones', () => {
    const list = [appointment('past', '2026-11-20'), appointment('later', '2026-12-09'), appointment('soon', '2026-12-02')];
    expect(nextAppointment(list, '2026-11-25')?.id).toBe('soon');
  });

  it('still shows an appointment later today, and the earlier time first', () => {
    const list = [appointment('afternoon', '2026-11-25', '15:00'), appointment('morning', '2026-11-25', '09:30')];
    expect(nextAppointment(list, '2026-11-25')?.id).toBe('morning');
  });

  it('is null when nothing is planned', () => {
    expect(nextAppointment([appointment('past', '2026-11-20')], '2026-11-25')).toBeNull();
  });

  it('lists only the questions not yet asked', () => {
    expect(openQuestions(appointment('a', '2026-12-01')).map((q) => q.id)).toEqual(['q1']);
  });
});
