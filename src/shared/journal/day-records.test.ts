import { describe, expect, it } from 'vitest';
import type { DoseLog, Medication } from '../domain/medication';
import type { TherapyAppointment, TherapySession } from '../domain/therapy';
import { doseLines, entriesPerDay, therapyLines } from './day-records';

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const med = { kind: 'med.medication', id: 'm1', name: 'Sertraline', unit: 'mg', ...stamp } as unknown as Medication;
const dose = (id: string, d: Partial<DoseLog>): DoseLog =>
  ({ kind: 'med.dose', id, date: '2026-11-29', medicationId: 'm1', time: '08:00', status: 'taken', takenAt: '08:05', amount: null, reason: '', ...stamp, ...d }) as DoseLog;

describe('a day’s records in words', () => {
  it('counts entries per day', () => {
    expect([...entriesPerDay([{ date: 'a' }, { date: 'a' }, { date: 'b' }])]).toEqual([['a', 2], ['b', 1]]);
  });

  it('names doses by medication, with times in the locale’s style', () => {
    const lines = doseLines(
      '2026-11-29',
      [
        dose('d2', { time: '20:00', status: 'skipped', takenAt: null, reason: 'forgot' }),
        dose('d1', {}),
        dose('d3', { time: null, amount: 25, takenAt: '14:00' }),
        dose('other-day', { date: '2026-11-28' }),
      ],
      [med],
      'en-GB',
    ).map((l) => l.text);
    expect(lines).toEqual(['Sertraline, 08:00 dose: taken at 08:05', 'Sertraline, as needed, 25 mg: taken at 14:00', 'Sertraline, 20:00 dose: skipped (forgot)']);
    expect(doseLines('2026-11-29', [dose('d1', { medicationId: 'gone' })], [med], 'en-US')[0]?.text).toMatch(/^A medication no longer in your list, 08:00\sAM dose/);
  });

  it('describes sessions and appointments', () => {
    const session = { id: 's', date: '2026-11-29', modality: 'cbt', attended: true } as TherapySession;
    const visit = { id: 'a', date: '2026-11-29', type: 'medication', time: '15:30' } as TherapyAppointment;
    expect(therapyLines('2026-11-29', [session], [visit], 'en-GB').map((l) => l.text)).toEqual(['CBT session, attended', 'Medication review at 15:30']);
  });
});
