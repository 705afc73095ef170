/**
 * A realistic six-week history for journey specs: six weeks into sertraline
 * (one increase), weekly CBT, a psychiatrist every four weeks, PHQ-9 and GAD-7
 * every two weeks, daily check-ins, a few side effects, questions for the next
 * visit and two shared entries. Every record is validated with the app's schemas.
 */
import { anyRecord, type AnyRecord } from '../../../src/shared/domain';
import { day, stamp } from '../seed';

const meta = (id: string) => ({ id, createdAt: stamp(), updatedAt: stamp() });
const daily = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const times = (...at: string[]) => ({ kind: 'times' as const, times: at });

export function sixWeeks(options: { item9?: number } = {}): AnyRecord[] {
  const item9 = options.item9 ?? 0;
  const sertraline = {
    ...meta('med-sertraline'), kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg',
    prescriber: 'Dr Okafor', reason: 'Depression', supply: null,
    steps: [
      { id: 's1', type: 'start', date: day(-42), amount: 50, schedule: times('08:00'), reason: '', checkIn: '' },
      { id: 's2', type: 'increase', date: day(-14), amount: 100, schedule: times('08:00'), reason: 'Low mood persisted', checkIn: '' },
    ],
  };
  const melatonin = {
    ...meta('med-melatonin'), kind: 'med.medication', name: 'Melatonin', class: 'other', form: 'tablet', unit: 'mg',
    prescriber: '', reason: 'Sleep', supply: null,
    steps: [{ id: 'm1', type: 'start', date: day(-30), amount: 2, schedule: times('22:00'), reason: '', checkIn: '' }],
  };
  const dose = (medicationId: string, d: number, time: string) => ({
    ...meta(`dose-${medicationId}-${d}`), kind: 'med.dose', date: day(d), medicationId, time, status: 'taken',
    takenAt: time, amount: null, reason: '',
  });
  const doses = [
    ...daily(-27, 0).filter((d) => d !== -9).map((d) => dose('med-sertraline', d, '08:00')),
    ...daily(-27, -1).map((d) => dose('med-melatonin', d, '22:00')),
  ];
  const sideEffects = [
    ['Nausea', -13, 3], ['Nausea', -12, 2], ['Nausea', -10, 2], ['Headache', -12, 2], ['Insomnia', -8, 3],
    ['Sweating', -6, 2], ['Dry mouth', -5, 1], ['Dizziness', -4, 2],
  ].map(([symptom, d, severity]) => ({
    ...meta(`se-${symptom}-${d}`), kind: 'med.sideEffect', date: day(d as number), symptom, severity, medicationId: 'med-sertraline', note: '',
  }));
  const checkins = daily(-55, 0).map((d) => ({
    ...meta(`checkin-${day(d)}`), kind: 'journal.checkin', date: day(d),
    mood: d < -27 ? 3 : 5 + (d % 3 === 0 ? 1 : 0), anxiety: d < -27 ? 7 : 5, sleepHours: d < -27 ? 5.5 : 7, energy: d < -27 ? 3 : 4,
    triggers: [], coping: [], tags: [], note: 'Private check-in note',
  }));
  const phq9 = (d: number, answers: number[]) => ({ ...meta(`phq9-${d}`), kind: 'assessment.phq9', date: day(d), answers });
  const gad7 = (d: number, answers: number[]) => ({ ...meta(`gad7-${d}`), kind: 'assessment.gad7', date: day(d), answers });
  const sessions = [-38, -31, -24, -17, -10, -3].map((d) => ({
    ...meta(`session-${d}`), kind: 'therapy.session', date: day(d), modality: 'cbt', attended: true,
    notes: 'Private session notes', takeaways: '', homework: '',
  }));
  const appointments = [
    { ...meta('appt-past'), kind: 'therapy.appointment', date: day(-28), type: 'medication', decisions: '', questions: [] },
    {
      ...meta('appt-review'), kind: 'therapy.appointment', date: day(3), type: 'medication', decisions: '',
      questions: [
        { id: 'q1', text: 'Could the nausea be linked to the increase?', asked: false },
        { id: 'q2', text: 'Is it all right to take sertraline in the evening instead?', asked: false },
        { id: 'q3', text: 'How long before the sweating settles?', asked: false },
        { id: 'q4', text: 'Should the melatonin continue after the increase settles?', asked: false },
      ],
    },
  ];
  const entry = (id: string, d: number, title: string, share: boolean) => ({
    ...meta(id), kind: 'journal.entry', date: day(d), time: '21:00', title, body: `${title}: the full text`, tags: [], shareWithProvider: share,
  });
  const records = [
    sertraline, melatonin, ...doses, ...sideEffects, ...checkins, ...sessions, ...appointments,
    phq9(-41, [2, 2, 2, 2, 2, 2, 2, 2, 0]), phq9(-27, [2, 2, 2, 2, 1, 2, 2, 1, 0]), phq9(-13, [1, 2, 2, 1, 1, 1, 1, 1, 0]),
    phq9(-1, [1, 1, 2, 1, 1, 1, 1, 0, item9]),
    gad7(-41, [2, 2, 2, 2, 2, 2, 1]), gad7(-27, [2, 2, 2, 1, 1, 2, 1]), gad7(-13, [1, 1, 2, 1, 1, 1, 1]), gad7(-1, [1, 1, 1, 1, 1, 1, 1]),
    entry('entry-shared-1', -20, 'First week on the higher dose', true),
    entry('entry-shared-2', -6, 'Slept better after the change', true),
    entry('entry-private', -4, 'Argument with my sister', false),
  ];
  return records.map((r) => anyRecord.parse(r));
}
