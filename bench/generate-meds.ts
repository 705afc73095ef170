import type { DoseLog, Medication, RegimenStep, SideEffect } from '../src/shared/domain/medication';
import { clock, dayPlus, noon, type Rng } from './random';

type Plan = Omit<Medication, 'steps' | 'id' | 'createdAt' | 'updatedAt'> & { id: string; steps: [number, Omit<RegimenStep, 'id' | 'date'>][] };

const times = (...t: string[]) => ({ kind: 'times' as const, times: t });
const step = (type: RegimenStep['type'], amount: number | null, schedule: RegimenStep['schedule'], reason: string, checkIn = '') =>
  ({ type, amount, schedule, reason, checkIn });
const halt = (type: 'pause' | 'stop', reason: string) => step(type, null, null, reason, 'Watch for discontinuation symptoms.');

/**
 * Four medications at a time (8 scheduled doses a day): a titration, a
 * twice-yearly adjustment, and one medicine tapered off at 60% of the span
 * and replaced by another two weeks later.
 */
function plans(days: number): Plan[] {
  const taper = Math.floor(days * 0.6);
  const base = { prescriber: 'Dr Rivera', supply: null };
  const a: Plan = {
    ...base, id: 'med-sertraline', kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'mg',
    reason: 'Depression',
    steps: [[0, step('start', 50, times('08:00'), 'Started')], [42, step('increase', 100, times('08:00'), 'Titration', 'Some nausea')]],
  };
  for (let d = 400, up = false; d < days - 1; d += 400, up = !up) {
    a.steps.push([d, step(up ? 'increase' : 'decrease', up ? 100 : 75, times('08:00'), up ? 'Low mood returned' : 'Side effects')]);
  }
  const b: Plan = {
    ...base, id: 'med-quetiapine', kind: 'med.medication', name: 'Quetiapine', class: 'antipsychotic', form: 'tablet', unit: 'mg',
    reason: 'Sleep and agitation',
    steps: [
      [0, step('start', 25, times('09:00', '22:00'), 'Started')],
      [taper, step('decrease', 12.5, times('09:00', '22:00'), 'Taper, step 1')],
      [taper + 14, step('decrease', 12.5, times('22:00'), 'Taper, step 2')],
      [taper + 28, halt('stop', 'Taper finished')],
    ],
  };
  const c: Plan = {
    ...base, id: 'med-lamotrigine', kind: 'med.medication', name: 'Lamotrigine', class: 'mood stabiliser', form: 'tablet', unit: 'mg',
    reason: 'Mood swings',
    steps: [
      [0, step('start', 25, times('08:00', '20:00'), 'Started')],
      [14, step('increase', 50, times('08:00', '20:00'), 'Titration')],
      [28, step('increase', 100, times('08:00', '20:00'), 'Titration')],
    ],
  };
  const d: Plan = {
    ...base, id: 'med-propranolol', kind: 'med.medication', name: 'Propranolol', class: 'other', form: 'tablet', unit: 'mg',
    reason: 'Physical anxiety', steps: [[0, step('start', 10, times('08:00', '14:00', '20:00'), 'Started')]],
  };
  const e: Plan = {
    ...base, id: 'med-buspirone', kind: 'med.medication', name: 'Buspirone', class: 'other', form: 'tablet', unit: 'mg',
    reason: 'Anxiety', steps: [[taper + 42, step('start', 10, times('09:00', '22:00'), 'Replaces quetiapine')]],
  };
  if (taper + 84 < days - 1) e.steps.push([taper + 84, step('increase', 15, times('09:00', '22:00'), 'Titration')]);
  return [a, b, c, d, e].map((p) => ({ ...p, steps: p.steps.filter(([offset]) => offset < days) })).filter((p) => p.steps.length > 0);
}

const SKIP_REASONS = ['Forgot', 'Ran out', 'Felt sick', 'Away from home', ''];
const SYMPTOMS = ['nausea', 'headache', 'insomnia', 'drowsiness', 'dizziness', 'dry mouth', 'restlessness'];

/** Medications, a log for every scheduled dose, and side effects after changes and now and then. */
export function medicationRecords(r: Rng, firstDay: string, days: number): { meds: Medication[]; doses: DoseLog[]; effects: SideEffect[] } {
  const meds: Medication[] = [];
  const doses: DoseLog[] = [];
  const effects: SideEffect[] = [];
  const lastDay = dayPlus(firstDay, days - 1);
  const effect = (day: string, medicationId: string | null) =>
    day <= lastDay &&
    effects.push({
      kind: 'med.sideEffect', id: `side-${String(effects.length).padStart(5, '0')}`, createdAt: noon(day), updatedAt: noon(day),
      date: day, symptom: r.pick(SYMPTOMS), severity: r.int(1, 4), medicationId, note: r.chance(0.5) ? r.sentence() : '',
    });

  for (const plan of plans(days)) {
    const steps: RegimenStep[] = plan.steps.map(([offset, s], i) => ({ ...s, id: `${plan.id}-s${i}`, date: dayPlus(firstDay, offset) }));
    const last = steps[steps.length - 1]!.date;
    meds.push({ ...plan, steps, createdAt: noon(steps[0]!.date), updatedAt: noon(last) });
    for (const s of steps) {
      if (s.type === 'start' || s.type === 'increase' || s.type === 'stop') {
        for (let k = r.int(1, 3); k > 0; k--) effect(dayPlus(s.date, r.int(1, 14)), plan.id);
      }
    }
    let current = 0;
    const firstOffset = plan.steps[0]![0];
    for (let i = firstOffset; i < days; i++) {
      const day = dayPlus(firstDay, i);
      while (steps[current + 1] && steps[current + 1]!.date <= day) current++;
      const schedule = steps[current]!.schedule;
      if (!schedule || schedule.kind !== 'times') continue;
      for (const time of schedule.times) {
        const taken = r.chance(0.93);
        const [h, m] = time.split(':').map(Number) as [number, number];
        doses.push({
          kind: 'med.dose', id: `dose-${plan.id.slice(4)}-${day}-${time}`, createdAt: noon(day), updatedAt: noon(day), date: day,
          medicationId: plan.id, time, status: taken ? 'taken' : 'skipped', takenAt: taken ? clock(h * 60 + m + r.int(0, 50)) : null,
          amount: null, reason: taken ? '' : r.pick(SKIP_REASONS),
        });
      }
    }
  }
  for (let i = r.int(10, 40); i < days; i += r.int(20, 45)) effect(dayPlus(firstDay, i), r.chance(0.3) ? null : 'med-propranolol');
  return { meds, doses, effects };
}
