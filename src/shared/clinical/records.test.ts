import { describe, expect, it } from 'vitest';
import { anyRecord, segmentOf } from '../domain';
import { gad7Record, phq9Record } from '../domain/assessment';
import { SAFETY_PLAN_ID, SAFETY_PLAN_SECTIONS, safetyPlanRecord } from '../domain/safety-plan';

const base = { id: 'a1', createdAt: '2026-11-25T09:00:00.000Z', updatedAt: '2026-11-25T09:00:00.000Z' };
const phq9 = { ...base, kind: 'assessment.phq9', date: '2026-11-25', answers: [0, 1, 2, 3, null, 0, 0, 0, 1] };
const emptyPlan = {
  ...base,
  id: SAFETY_PLAN_ID,
  kind: 'safety.plan',
  warningSigns: '',
  copingOnMyOwn: '',
  distractions: '',
  peopleToAsk: [],
  professionals: [],
  saferSurroundings: '',
  reasonsForLiving: '',
};
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('assessment records', () => {
  it('keep unanswered items as null, with optional difficulty and baseline mark', () => {
    expect(phq9Record.parse({ ...phq9, difficulty: 2, isBaseline: true }).answers[4]).toBeNull();
    expect(gad7Record.parse({ ...phq9, kind: 'assessment.gad7', answers: [0, 0, 0, 0, 0, 0, null] }).answers).toHaveLength(7);
  });

  it('refuse the wrong number of items, answers outside 0–3 and impossible dates', () => {
    expect(firstMessage(phq9Record.safeParse({ ...phq9, answers: [0, 0, 0] }))).toBe('The PHQ-9 has 9 items.');
    expect(firstMessage(gad7Record.safeParse({ ...phq9, kind: 'assessment.gad7' }))).toBe('The GAD-7 has 7 items.');
    expect(firstMessage(phq9Record.safeParse({ ...phq9, answers: [4, 0, 0, 0, 0, 0, 0, 0, 0] }))).toBe('Answers run from 0 to 3.');
    expect(firstMessage(phq9Record.safeParse({ ...phq9, difficulty: 7 }))).toBe('Answers run from 0 to 3.');
    expect(firstMessage(phq9Record.safeParse({ ...phq9, date: '2026-02-30' }))).toBe('That date does not exist.');
  });

  it('are registered and grouped by month', () => {
    const parsed = anyRecord.parse(phq9);
    expect(parsed.kind).toBe('assessment.phq9');
    expect(segmentOf(parsed)).toBe('assessment.phq9:2026-11');
  });
});

describe('the safety plan record', () => {
  it('has the seven Stanley–Brown sections in CLINICAL.md order', () => {
    expect(SAFETY_PLAN_SECTIONS.map((s) => s.title)).toEqual([
      'Warning signs',
      'Things I can do on my own to cope',
      'People and places that take my mind off things',
      'People I can ask for help',
      'Professionals and crisis lines',
      'Making my surroundings safer',
      'My reasons for living',
    ]);
    for (const section of SAFETY_PLAN_SECTIONS) expect(emptyPlan).toHaveProperty(section.key);
  });

  it('is one undated record in its own segment', () => {
    const parsed = anyRecord.parse(emptyPlan);
    expect(segmentOf(parsed)).toBe('safety.plan:undated');
    expect(firstMessage(safetyPlanRecord.safeParse({ ...emptyPlan, id: 'another' }))).toBeDefined();
  });

  it('keeps markup as plain text and refuses a huge paste with a clear message', () => {
    expect(safetyPlanRecord.parse({ ...emptyPlan, warningSigns: '<img src=x onerror=alert(1)>' }).warningSigns).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(firstMessage(safetyPlanRecord.safeParse({ ...emptyPlan, reasonsForLiving: 'x'.repeat(5_001) }))).toBe(
      'Keep each section under 5,000 characters.',
    );
  });

  it('checks the user\'s own contacts', () => {
    const contact = { name: 'Sam', phone: '+44 (0)20 7946-0000', note: '' };
    expect(safetyPlanRecord.parse({ ...emptyPlan, peopleToAsk: [contact] }).peopleToAsk).toEqual([contact]);
    expect(firstMessage(safetyPlanRecord.safeParse({ ...emptyPlan, peopleToAsk: [{ ...contact, name: '  ' }] }))).toBe(
      'Give each contact a name.',
    );
    expect(firstMessage(safetyPlanRecord.safeParse({ ...emptyPlan, professionals: [{ ...contact, phone: 'call me' }] }))).toBe(
      'A phone number can hold digits, spaces and + ( ) - . only.',
    );
  });
});
