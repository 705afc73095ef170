import { describe, expect, it } from 'vitest';
import { anyRecord } from './index';
import { diaryCardId } from './therapy';

// Local noon on 25 November 2026, so the local calendar day is the 25th in any time zone.
const NOW = new Date(2026, 10, 25, 12).toISOString();
const base = { id: 'r1', createdAt: NOW, updatedAt: NOW };

/** The message a user would see: the first problem zod reports, or "ok". */
function verdict(record: unknown): string {
  const result = anyRecord.safeParse(record);
  return result.success ? 'ok' : (result.error.issues[0]?.message ?? 'invalid');
}

const session = { ...base, kind: 'therapy.session', date: '2026-11-25', modality: 'cbt', attended: true, notes: '', takeaways: '', homework: 'Two thought records' };
const thought = {
  ...base,
  kind: 'therapy.thoughtRecord',
  date: '2026-11-25',
  situation: 'Manager asked for a word',
  automaticThought: 'I am going to be fired',
  emotion: 'Fear',
  intensityBefore: 80,
  evidenceFor: '',
  evidenceAgainst: 'Good review last month',
  balancedThought: 'It could be about the new project',
  intensityAfter: 40,
};
const step = { ...base, kind: 'therapy.exposureStep', situation: 'Touch a door handle', expectedSuds: 40, rank: 1 };
const exposure = { ...base, kind: 'therapy.exposure', date: '2026-11-25', stepId: 's1', sudsBefore: 50, sudsPeak: 75, sudsAfter: 30, ritualResisted: true, note: '' };
const goal = {
  ...base,
  kind: 'therapy.goal',
  title: 'Take the bus to work',
  why: 'Independence',
  modality: 'erp',
  startDate: '2026-11-01',
  status: 'active',
  checkIns: [{ id: 'c1', date: '2026-11-04', score: 3, note: '' }],
};
const card = {
  ...base,
  id: diaryCardId('2026-11-25'),
  kind: 'therapy.diaryCard',
  date: '2026-11-25',
  urges: [{ target: 'Skipping meals', urge: 3, acted: false }],
  emotions: [{ name: 'Sadness', intensity: 2 }],
  skills: [{ module: 'mindfulness', which: 'Wise mind' }],
  note: '',
};
const provider = { ...base, kind: 'therapy.provider', name: 'Dr Rivera', role: 'psychiatrist', contactNotes: '' };
const practice = { ...base, kind: 'therapy.practice', date: '2026-11-25', what: 'Box breathing', minutes: 10, howItWent: 'Calmer' };
const appointment = {
  ...base,
  kind: 'therapy.appointment',
  date: '2026-12-02',
  time: '10:30',
  type: 'medication',
  questions: [{ id: 'q1', text: 'Is the nausea expected?', asked: false }],
  decisions: '',
};

describe('therapy record schemas accept well-formed records', () => {
  it.each([session, thought, step, exposure, goal, card, provider, practice, appointment])('$kind', (record) => {
    expect(verdict(record)).toBe('ok');
  });

  it('keeps markup typed by the user as plain text, unchanged', () => {
    const parsed = anyRecord.parse({ ...thought, situation: '<img src=x onerror=alert(1)>' });
    expect(parsed.kind === 'therapy.thoughtRecord' && parsed.situation).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('sessions', () => {
  it('refuses a session dated after the day it was recorded and marked as attended', () => {
    expect(verdict({ ...session, date: '2026-11-26' })).toMatch(/dated after today.*can’t be marked as attended/);
  });

  it('accepts a future session that is planned, not attended', () => {
    expect(verdict({ ...session, date: '2026-12-10', attended: false })).toBe('ok');
  });

  it('refuses a kind of therapy it does not know and an impossible date', () => {
    expect(verdict({ ...session, modality: 'hypnosis' })).toBe('Choose a kind of therapy from the list.');
    expect(verdict({ ...session, date: '2026-02-30' })).toBe('That date does not exist.');
  });

  it('refuses a huge paste with a message naming the field', () => {
    expect(verdict({ ...session, notes: 'x'.repeat(20_001) })).toBe('Private notes is over 20,000 characters; shorten it.');
  });
});

describe('thought records', () => {
  it('refuses an empty thought record with a message saying what it needs', () => {
    const empty = { ...thought, situation: '', automaticThought: '', emotion: '', intensityBefore: undefined, evidenceAgainst: '', balancedThought: '', intensityAfter: undefined };
    expect(verdict(empty)).toMatch(/situation.*automatic thought.*emotion/);
  });

  it('refuses text made only of spaces', () => {
    expect(verdict({ ...thought, automaticThought: '   ' })).toBe('Write down the automatic thought.');
  });

  it('keeps intensity on 0–100', () => {
    expect(verdict({ ...thought, intensityBefore: 140 })).toBe('Intensity before: use a whole number from 0 to 100.');
    expect(verdict({ ...thought, intensityAfter: -1 })).toBe('Intensity after: use a whole number from 0 to 100.');
    expect(verdict({ ...thought, intensityAfter: undefined })).toBe('ok');
  });
});

describe('exposure ladder and log', () => {
  it('refuses SUDS 140 on a step and in a log', () => {
    expect(verdict({ ...step, expectedSuds: 140 })).toBe('Expected SUDS: use a whole number from 0 to 100.');
    expect(verdict({ ...exposure, sudsPeak: 140 })).toBe('SUDS at peak: use a whole number from 0 to 100.');
  });

  it('refuses a number that is not one (an empty field parsed as NaN)', () => {
    expect(verdict({ ...exposure, sudsBefore: Number.NaN })).toBe('SUDS before: use a whole number from 0 to 100.');
  });

  it('refuses a peak lower than before or after', () => {
    expect(verdict({ ...exposure, sudsBefore: 60, sudsPeak: 50 })).toMatch(/peak is the highest point/);
  });

  it('needs the step the exposure belongs to', () => {
    expect(verdict({ ...exposure, stepId: '' })).toBe('Choose the ladder step you practised.');
  });
});

describe('goals', () => {
  it('keeps check-ins on 0–10', () => {
    expect(verdict({ ...goal, checkIns: [{ id: 'c', date: '2026-11-04', score: 11, note: '' }] })).toBe('Progress: use a whole number from 0 to 10.');
  });

  it('refuses a target date before the start and a check-in before the start', () => {
    expect(verdict({ ...goal, targetDate: '2026-10-01' })).toBe('The target date is before the start date.');
    expect(verdict({ ...goal, checkIns: [{ id: 'c', date: '2026-10-30', score: 4, note: '' }] })).toBe('A check-in is dated before the goal’s start date.');
  });

  it('refuses an unknown status and an empty title', () => {
    expect(verdict({ ...goal, status: 'done' })).toBe('Choose a status from the list.');
    expect(verdict({ ...goal, title: ' ' })).toBe('Give the goal a title.');
  });
});

describe('diary cards', () => {
  it('keeps urges on 0–5 and names each target', () => {
    expect(verdict({ ...card, urges: [{ target: 'Skipping meals', urge: 6, acted: false }] })).toBe('Urge: use a whole number from 0 to 5.');
    expect(verdict({ ...card, urges: [{ target: '', urge: 2, acted: false }] })).toMatch(/Name each target behaviour/);
  });

  it('holds one card per day: the id follows the date', () => {
    expect(verdict({ ...card, id: 'random' })).toBe('There is one diary card per day.');
  });

  it('lists each DBT module once and only the four modules', () => {
    expect(verdict({ ...card, skills: [{ module: 'mindfulness', which: '' }, { module: 'mindfulness', which: '' }] })).toBe('Each DBT module is listed once.');
    expect(verdict({ ...card, skills: [{ module: 'yoga', which: '' }] })).not.toBe('ok');
  });
});

describe('providers, practice and appointments', () => {
  it('needs a provider name and a known role', () => {
    expect(verdict({ ...provider, name: '' })).toBe('Enter the provider’s name.');
    expect(verdict({ ...provider, role: 'friend' })).toBe('Choose a role from the list.');
  });

  it('needs what was practised and 1–1440 minutes', () => {
    expect(verdict({ ...practice, what: '' })).toBe('Say what you practised.');
    expect(verdict({ ...practice, minutes: 0 })).toBe('Minutes: use a whole number from 1 to 1440.');
  });

  it('refuses a blank question and an impossible time', () => {
    expect(verdict({ ...appointment, questions: [{ id: 'q', text: '  ', asked: false }] })).toBe('Write the question before adding it.');
    expect(verdict({ ...appointment, time: '25:00' })).toBe('Use a time like 14:30.');
  });
});
