import type { Gad7Record, Phq9Record } from '../src/shared/domain/assessment';
import type {
  TherapyAppointment,
  TherapyDiaryCard,
  TherapyExposure,
  TherapyExposureStep,
  TherapyGoal,
  TherapyPractice,
  TherapyProvider,
  TherapySession,
  TherapyThoughtRecord,
} from '../src/shared/domain/therapy';
import { diaryCardId } from '../src/shared/domain/therapy';
import type { TherapyEmdrLog, TherapyEmdrResource, TherapyEmdrTarget } from '../src/shared/domain/therapy-emdr';
import { dayPlus, noon, type Rng } from './random';

type TherapyRecord =
  | TherapyProvider | TherapySession | TherapyGoal | TherapyThoughtRecord | TherapyDiaryCard
  | TherapyExposureStep | TherapyExposure | TherapyPractice | TherapyAppointment
  | TherapyEmdrLog | TherapyEmdrResource | TherapyEmdrTarget;

const stamp = (day: string) => ({ createdAt: noon(day), updatedAt: noon(day) });
const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(5, '0')}`;
const PRACTICES = ['Box breathing', 'Behavioural activation walk', 'Mindful eating', 'Progressive relaxation', 'Worry time'];
const EMOTIONS = ['Sadness', 'Fear', 'Shame', 'Anger', 'Guilt'];
const GOALS = ['Take the bus to work', 'Sleep before midnight', 'Call a friend every week', 'Walk three times a week', 'Cook dinner at home'];

/**
 * Weekly sessions with homework done during the week (a thought record, a
 * practice, a diary card, an exposure every other week), appointments every
 * eight weeks, and a new goal every six months with weekly check-ins.
 */
export function therapyRecords(r: Rng, firstDay: string, days: number): TherapyRecord[] {
  const out: TherapyRecord[] = [];
  const day0 = stamp(firstDay);
  out.push(
    { kind: 'therapy.provider', id: 'prov-therapist', ...day0, name: 'Alex Morgan', role: 'therapist', contactNotes: 'Tuesdays' },
    { kind: 'therapy.provider', id: 'prov-psychiatrist', ...day0, name: 'Dr Rivera', role: 'psychiatrist', contactNotes: '' },
  );
  const ladder = Array.from({ length: 6 }, (_, i): TherapyExposureStep => ({
    kind: 'therapy.exposureStep', id: `step-${i + 1}`, ...day0, situation: r.sentence(3, 8), expectedSuds: 20 + i * 12, rank: i + 1,
  }));
  out.push(...ladder);
  out.push({ kind: 'therapy.emdrTarget', id: 'emdr-target-1', ...day0, setOn: firstDay, positiveBelief: 'I can handle it now', voc: 3 });

  for (let week = 0, n = 0; week * 7 < days; week++, n++) {
    const at = (offset: number) => (week * 7 + offset < days ? dayPlus(firstDay, week * 7 + offset) : null);
    const session = at(1);
    if (session) {
      out.push({
        kind: 'therapy.session', id: id('sess', n), ...stamp(session), date: session, providerId: 'prov-therapist',
        modality: week % 52 < 26 ? 'cbt' : 'dbt', attended: r.chance(0.92), notes: r.sentence(8, 30), takeaways: r.sentence(),
        homework: `${r.pick(PRACTICES)}; ${r.sentence(3, 8)}`,
      });
    }
    const thought = at(3);
    if (thought) {
      const before = r.int(50, 95);
      out.push({
        kind: 'therapy.thoughtRecord', id: id('tr', n), ...stamp(thought), date: thought, situation: r.sentence(),
        automaticThought: r.sentence(4, 9), emotion: r.pick(EMOTIONS), intensityBefore: before, evidenceFor: r.sentence(),
        evidenceAgainst: r.sentence(), balancedThought: r.sentence(), intensityAfter: r.int(10, before),
      });
    }
    const practice = at(4);
    if (practice) {
      out.push({ kind: 'therapy.practice', id: id('prac', n), ...stamp(practice), date: practice, what: r.pick(PRACTICES), minutes: r.int(5, 40), howItWent: r.sentence() });
    }
    const card = at(5);
    if (card) {
      out.push({
        kind: 'therapy.diaryCard', id: diaryCardId(card), ...stamp(card), date: card,
        urges: [{ target: 'Skipping meals', urge: r.int(0, 5), acted: r.chance(0.2) }],
        emotions: [{ name: r.pick(EMOTIONS), intensity: r.int(0, 5) }],
        skills: [{ module: 'mindfulness', which: 'Wise mind' }], note: r.chance(0.3) ? r.sentence() : '',
      });
    }
    const exposure = week % 2 === 0 ? at(6) : null;
    if (exposure) {
      const peak = r.int(40, 95);
      out.push({
        kind: 'therapy.exposure', id: id('exp', n), ...stamp(exposure), date: exposure, stepId: r.pick(ladder).id,
        sudsBefore: r.int(20, peak), sudsPeak: peak, sudsAfter: r.int(5, peak), ritualResisted: r.chance(0.7), note: '',
      });
    }
    // EMDR between sessions once a month: a TICES snapshot and a resource practice.
    const emdr = week % 4 === 3 ? at(0) : null;
    if (emdr) {
      out.push(
        {
          kind: 'therapy.emdrLog', id: id('emdr', n), ...stamp(emdr), date: emdr, trigger: r.sentence(2, 5), image: r.sentence(2, 6),
          cognition: r.sentence(3, 6), emotion: r.pick(EMOTIONS), sensation: r.sentence(2, 5), sud: r.int(2, 9),
        },
        { kind: 'therapy.emdrResource', id: id('emdr-res', n), ...stamp(emdr), date: emdr, resource: r.pick(['calmPlace', 'container'] as const), sudBefore: r.int(4, 8), sudAfter: r.int(1, 4), note: '' },
      );
    }
    const visit = week % 8 === 7 ? at(2) : null;
    if (visit) {
      out.push({
        kind: 'therapy.appointment', id: id('appt', n), ...stamp(visit), date: visit, time: '10:30', providerId: 'prov-psychiatrist',
        type: 'medication', questions: [{ id: 'q1', text: r.sentence(4, 10), asked: true }], decisions: r.sentence(),
      });
    }
  }

  for (let start = 0, n = 0; start < days; start += 182, n++) {
    const startDate = dayPlus(firstDay, start);
    const span = Math.min(days - start, r.int(90, 182));
    const checkIns = Array.from({ length: Math.floor(span / 7) }, (_, i) => ({
      id: `c${i}`, date: dayPlus(startDate, i * 7 + 6), score: Math.min(10, Math.floor(i / 3) + r.int(0, 2)), note: r.chance(0.3) ? r.sentence() : '',
    })).filter((c) => c.date < dayPlus(firstDay, days));
    const finished = start + span < days - 1;
    out.push({
      kind: 'therapy.goal', id: id('goal', n), createdAt: noon(startDate), updatedAt: noon(checkIns.at(-1)?.date ?? startDate),
      title: GOALS[n % GOALS.length]!, why: r.sentence(), modality: 'cbt', startDate, status: finished ? r.pick(['achieved', 'dropped'] as const) : 'active',
      checkIns,
    });
  }
  return out;
}

/** PHQ-9 and GAD-7 on the same day every two weeks, loosely following mood. */
export function assessmentRecords(r: Rng, firstDay: string, days: number, moodOf: (offset: number) => number): (Phq9Record | Gad7Record)[] {
  const out: (Phq9Record | Gad7Record)[] = [];
  for (let offset = 0, n = 0; offset < days; offset += 14, n++) {
    const day = dayPlus(firstDay, offset);
    const low = Math.max(0, Math.min(3, Math.round((10 - moodOf(offset)) / 3)));
    const answer = () => Math.max(0, Math.min(3, low + r.int(-1, 1)));
    const baseline = n === 0 ? { isBaseline: true } : {};
    out.push({ kind: 'assessment.phq9', id: id('phq', n), ...stamp(day), date: day, answers: Array.from({ length: 9 }, answer), difficulty: r.int(0, 3), ...baseline });
    out.push({ kind: 'assessment.gad7', id: id('gad', n), ...stamp(day), date: day, answers: Array.from({ length: 7 }, answer), ...baseline });
  }
  return out;
}
