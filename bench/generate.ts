/**
 * Ten years (or any number) of realistic daily use, the same for the same
 * seed: a check-in a day, an entry every 2–3 days, four medications with a
 * log for every scheduled dose, therapy with homework, PHQ-9/GAD-7 every two
 * weeks and goals. Every record passes the app's own schema (`anyRecord`).
 */
import { anyRecord, type AnyRecord, type RecordKind } from '../src/shared/domain';
import type { JournalEntry } from '../src/shared/domain/journal';
import { checkinIdFor, type JournalCheckin } from '../src/shared/domain/journal-checkin';
import { assessmentRecords, therapyRecords } from './generate-therapy';
import { medicationRecords } from './generate-meds';
import { clock, dayPlus, markdown, noon, rng } from './random';

export interface GenerateOptions {
  years: number;
  seed?: number;
  /** The newest day (today); the data runs back from here. */
  endDay?: string;
}

const TAGS = ['sleep', 'work', 'family', 'therapy', 'medication', 'exercise', 'social', 'weekend'];
const TRIGGERS = ['work stress', 'conflict', 'poor sleep', 'crowds', 'deadlines'];
const COPING = ['breathing', 'walk', 'called a friend', 'thought record', 'music'];

export const daysIn = (years: number) => Math.round(years * 365.25);

export function generate({ years, seed = 20261125, endDay = '2026-11-25' }: GenerateOptions): AnyRecord[] {
  const r = rng(seed);
  const days = daysIn(years);
  const firstDay = dayPlus(endDay, -(days - 1));

  const moods: number[] = [];
  const checkins: JournalCheckin[] = [];
  for (let i = 0, mood = 5; i < days; i++) {
    const day = dayPlus(firstDay, i);
    mood = Math.max(0, Math.min(10, mood + r.int(-2, 2)));
    moods.push(mood);
    checkins.push({
      kind: 'journal.checkin', id: checkinIdFor(day), date: day, createdAt: noon(day), updatedAt: noon(day),
      mood, anxiety: r.int(0, 10), energy: r.int(0, 10), irritability: r.int(0, 10), sleepHours: r.int(16, 40) / 4,
      sleepQuality: r.int(1, 5), triggers: r.some(TRIGGERS, 0.15), coping: r.some(COPING, 0.2), tags: r.some(TAGS, 0.08),
      note: r.chance(0.4) ? r.sentence() : '',
      // Own measures' values, drawn from the day number and mood rather than r, so the rest of the data stays as it was.
      ...(i % 3 === 0 ? { custom: { 'measure-brain-zaps': (10 - mood) % 5, 'measure-exercised': i % 2 === 0 } } : {}),
    });
  }

  const entries: JournalEntry[] = [];
  for (let i = r.int(0, 2), n = 0; i < days; i += r.int(2, 3), n++) {
    const day = dayPlus(firstDay, i);
    const time = clock(r.int(6 * 60, 23 * 60 + 59));
    const mood = r.chance(0.5) ? { mood: moods[i]! } : {};
    entries.push({
      kind: 'journal.entry', id: `entry-${String(n).padStart(5, '0')}`, date: day, time, createdAt: noon(day), updatedAt: noon(day),
      title: r.chance(0.7) ? r.sentence(2, 6).slice(0, -1) : '', body: markdown(r, 100, 2000), tags: r.some(TAGS, 0.15),
      shareWithProvider: r.chance(0.1), ...mood,
    });
  }

  // A press of "I'm struggling" on the lowest-mood day of each 90 days (no draws from r: the rest of the data stays as it was).
  const reachOuts: AnyRecord[] = [];
  for (let start = 0; start < days; start += 90) {
    const window = moods.slice(start, Math.min(days, start + 90));
    const day = dayPlus(firstDay, start + window.indexOf(Math.min(...window)));
    reachOuts.push({ kind: 'safety.reachOut', id: `reach-out-${day}`, date: day, time: '21:30', createdAt: noon(day), updatedAt: noon(day) });
  }

  const { meds, doses, effects } = medicationRecords(r, firstDay, days);
  const stamp = { createdAt: noon(firstDay), updatedAt: noon(firstDay) };
  const singles: AnyRecord[] = [
    { kind: 'settings', id: 'settings', ...stamp, autoLockMinutes: 10 },
    { kind: 'med.settings', id: 'med.settings', ...stamp, reminders: true },
    { kind: 'journal.measure', id: 'measure-brain-zaps', ...stamp, name: 'brain zaps', type: 'rating', lowWord: 'none', highWord: 'constant', inSummary: true },
    { kind: 'journal.measure', id: 'measure-exercised', ...stamp, name: 'exercised', type: 'yesno', inSummary: false },
    { kind: 'coping.skill', id: 'coping-box-breathing', ...stamp, name: 'Box breathing', steps: 'In for four, hold for four, out for four, hold for four.', archived: false },
    {
      kind: 'safety.plan', id: 'safety-plan', ...stamp, warningSigns: 'Not sleeping, skipping meals', copingOnMyOwn: 'Walk by the river',
      distractions: 'The library', peopleToAsk: [{ name: 'Sam', phone: '+44 20 7946 0000', note: 'evenings' }],
      professionals: [{ name: 'Dr Rivera', phone: '020 7946 0001', note: '' }], saferSurroundings: 'Ask Sam to keep the spare keys',
      reasonsForLiving: 'My sister, the dog',
    },
  ];
  return [
    ...checkins,
    ...entries,
    ...meds,
    ...doses,
    ...effects,
    ...therapyRecords(r, firstDay, days),
    ...assessmentRecords(r, firstDay, days, (offset) => moods[offset] ?? 5),
    ...reachOuts,
    ...singles,
  ] as AnyRecord[];
}

/** Parses every record with the app's schema; throws on the first invalid one, naming it. */
export function validateAll(records: readonly AnyRecord[]): AnyRecord[] {
  return records.map((record) => {
    const result = anyRecord.safeParse(record);
    if (!result.success) throw new Error(`${record.kind} ${record.id}: ${result.error.issues[0]?.message ?? 'invalid'}`);
    return result.data;
  });
}

export function countByKind(records: readonly AnyRecord[]): Partial<Record<RecordKind, number>> {
  const counts: Partial<Record<RecordKind, number>> = {};
  for (const record of records) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
  return counts;
}
