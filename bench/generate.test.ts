import { describe, expect, it } from 'vitest';
import { anyRecord, type AnyRecord, type RecordOf } from '../src/shared/domain';
import { countByKind, daysIn, generate, validateAll } from './generate';
import { dayPlus } from './random';

const END = '2026-11-25';
const oneYear = generate({ years: 1, endDay: END });
const ofKind = <K extends AnyRecord['kind']>(kind: K) => oneYear.filter((r): r is RecordOf<K> => r.kind === kind);
const days = daysIn(1);
const firstDay = dayPlus(END, -(days - 1));

/** The schedule in force on a day: the latest step on or before it. */
function timesOn(med: RecordOf<'med.medication'>, day: string): string[] {
  const step = [...med.steps].sort((a, b) => a.date.localeCompare(b.date)).filter((s) => s.date <= day).at(-1);
  return step?.schedule?.kind === 'times' ? step.schedule.times : [];
}

describe('bench generator', () => {
  it('gives the same records for the same seed and different ones for another seed', () => {
    expect(generate({ years: 1, endDay: END })).toEqual(oneYear);
    expect(generate({ years: 1, endDay: END, seed: 7 })).not.toEqual(oneYear);
  });

  it('produces only records the app itself accepts, with unique ids', () => {
    expect(() => validateAll(oneYear)).not.toThrow();
    expect(new Set(oneYear.map((r) => r.id)).size).toBe(oneYear.length);
  });

  it('covers every kind the app stores except the unsent entry draft and deletion tombstones', () => {
    const kinds = anyRecord.options.map((o) => o.shape.kind.value).filter((k) => k !== 'journal.draft' && k !== 'tombstone');
    expect(Object.keys(countByKind(oneYear)).sort()).toEqual([...kinds].sort());
  });

  it('writes one check-in a day and an entry every 2–3 days of 100–2,000 characters', () => {
    const checkins = ofKind('journal.checkin').map((c) => c.date);
    expect(checkins).toEqual(Array.from({ length: days }, (_, i) => dayPlus(firstDay, i)));
    const entries = ofKind('journal.entry');
    const gaps = entries.slice(1).map((e, i) => (Date.parse(e.date) - Date.parse(entries[i]!.date)) / 86_400_000);
    expect(new Set(gaps)).toEqual(new Set([2, 3]));
    for (const entry of entries) {
      expect(entry.body.length).toBeGreaterThanOrEqual(100);
      expect(entry.body.length).toBeLessThanOrEqual(2000);
    }
  });

  it('logs every scheduled dose exactly once, with 3–4 medications taken each day', () => {
    const meds = ofKind('med.medication');
    const expected = new Set<string>();
    for (let i = 0; i < days; i++) {
      const day = dayPlus(firstDay, i);
      const active = meds.filter((m) => timesOn(m, day).length > 0);
      expect(active.length).toBeGreaterThanOrEqual(3);
      expect(active.length).toBeLessThanOrEqual(4);
      for (const med of active) for (const time of timesOn(med, day)) expected.add(`${med.id} ${day} ${time}`);
    }
    const logged = ofKind('med.dose').map((d) => `${d.medicationId} ${d.date} ${d.time}`);
    expect(logged.length).toBe(expected.size);
    expect(new Set(logged)).toEqual(expected);
  });

  it('includes dose changes and a taper that ends in a stop', () => {
    const steps = ofKind('med.medication').flatMap((m) => m.steps.map((s) => s.type));
    expect(steps).toContain('increase');
    expect(steps).toContain('decrease');
    expect(steps).toContain('stop');
  });

  it('has weekly therapy sessions with homework and a PHQ-9 and GAD-7 every two weeks', () => {
    const sessions = ofKind('therapy.session');
    expect(sessions.length).toBe(Math.ceil((days - 1) / 7));
    expect(sessions.every((s) => s.homework.length > 0)).toBe(true);
    const every14 = Math.ceil(days / 14);
    expect(ofKind('assessment.phq9').length).toBe(every14);
    expect(ofKind('assessment.gad7').length).toBe(every14);
    const weekOld = ofKind('therapy.goal').filter((g) => g.startDate <= dayPlus(END, -7));
    expect(weekOld.length).toBeGreaterThan(0);
    expect(weekOld.every((g) => g.checkIns.length > 0)).toBe(true);
  });

  it('reaches the scale the benchmark promises for ten years', () => {
    const counts = countByKind(generate({ years: 10, endDay: END }));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(35_000);
    expect(counts['journal.checkin']).toBe(daysIn(10));
    expect(counts['med.dose']).toBeGreaterThan(28_000);
    expect(counts['journal.entry']).toBeGreaterThan(1_400);
  });
});
