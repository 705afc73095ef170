/**
 * Deterministic journal data for tests and benchmarks: one check-in a day and
 * entries spread evenly over the same days. Same seed, same data, every run.
 */
import type { JournalEntry } from '../src/shared/domain/journal';
import { checkinIdFor, type JournalCheckin } from '../src/shared/domain/journal-checkin';
import { shiftDay } from '../src/shared/journal/days';
import { seeded } from './random';

export interface JournalData {
  checkins: JournalCheckin[];
  entries: JournalEntry[];
}

export interface JournalDataOptions {
  days?: number;
  entries?: number;
  /** The newest day; the data runs back from here. */
  endDay?: string;
  seed?: number;
}

const WORDS = (
  'today slept woke early late walked talked felt tired calm anxious hopeful heavy light work meeting ' +
  'friend sister brother mother father therapist session homework breathing kitchen garden rain sun ' +
  'morning evening night coffee tea music book film train bus office home park river dog cat lunch ' +
  'dinner call message worried better worse steady noticed thought feeling body chest shoulders head ' +
  'sleep dream dose pill prescriber appointment plan small step tried again managed skipped kept'
).split(' ');

/** Rare words, so searches have a known, modest number of hits. */
export const RARE_WORDS = ['lighthouse', 'marmalade', 'quince', 'zeppelin', 'harpsichord'] as const;

const TAGS = ['sleep', 'work', 'family', 'therapy', 'medication', 'exercise', 'social', 'weekend'];
const TRIGGERS = ['work stress', 'conflict', 'poor sleep', 'crowds', 'deadlines'];
const COPING = ['breathing', 'walk', 'called a friend', 'thought record', 'music'];

export function generateJournal(options: JournalDataOptions = {}): JournalData {
  const { days = 3650, entries: entryCount = 1500, endDay = '2026-11-25', seed = 20261125 } = options;
  const rnd = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: readonly T[], chance: number): T[] => list.filter(() => rnd() < chance);
  const sentence = () => {
    const words = Array.from({ length: int(5, 14) }, () => (rnd() < 0.002 ? pick(RARE_WORDS) : pick(WORDS)));
    const text = words.join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const firstDay = shiftDay(endDay, -(days - 1));
  const stamp = (day: string, time = '21:00') => `${day}T${time}:00.000Z`;

  const checkins: JournalCheckin[] = [];
  let mood = 5;
  for (let i = 0; i < days; i++) {
    const day = shiftDay(firstDay, i);
    mood = Math.max(0, Math.min(10, mood + int(-2, 2)));
    checkins.push({
      kind: 'journal.checkin',
      id: checkinIdFor(day),
      date: day,
      createdAt: stamp(day),
      updatedAt: stamp(day),
      mood,
      anxiety: int(0, 10),
      energy: int(0, 10),
      irritability: int(0, 10),
      sleepHours: int(16, 40) / 4,
      sleepQuality: int(1, 5),
      triggers: some(TRIGGERS, 0.15),
      coping: some(COPING, 0.2),
      tags: some(TAGS, 0.08),
      note: rnd() < 0.4 ? sentence() : '',
    });
  }

  const entries: JournalEntry[] = [];
  for (let i = 0; i < entryCount; i++) {
    const day = shiftDay(firstDay, Math.floor((i * days) / entryCount));
    const time = `${String(int(6, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`;
    const target = int(100, 2000);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const paragraph = rnd() < 0.15 ? `- ${sentence()}\n- ${sentence()}` : `${sentence()} **${pick(WORDS)}** ${sentence()}`;
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    const moodAtTime = rnd() < 0.5 ? int(0, 10) : undefined;
    entries.push({
      kind: 'journal.entry',
      id: `entry-${String(i).padStart(5, '0')}`,
      date: day,
      time,
      createdAt: stamp(day, time),
      updatedAt: stamp(day, time),
      title: rnd() < 0.7 ? sentence().slice(0, 60) : '',
      body: paragraphs.join('\n\n').slice(0, 2000),
      tags: some(TAGS, 0.15),
      ...(moodAtTime === undefined ? {} : { mood: moodAtTime }),
      shareWithProvider: rnd() < 0.1,
    });
  }
  return { checkins, entries };
}
