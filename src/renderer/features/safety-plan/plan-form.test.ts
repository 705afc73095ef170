import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN } from './useSafetyPlan';
import { CONTACT_LIMITS, planForm, SECTION_LIMIT } from './plan-form';

const issuesOf = (values: unknown) => {
  const result = planForm.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('the safety plan form schema (the stored record’s rules)', () => {
  it('keeps markup as typed, trims contacts and drops rows left blank', () => {
    const parsed = planForm.parse({
      ...EMPTY_PLAN,
      reasonsForLiving: '<b>My garden</b> and the dog',
      peopleToAsk: [
        { name: '  Alex (sister) ', phone: ' 07700 900123 ', note: '' },
        { name: ' ', phone: '', note: '  ' },
      ],
    });
    expect(parsed.reasonsForLiving).toBe('<b>My garden</b> and the dog');
    expect(parsed.peopleToAsk).toEqual([{ name: 'Alex (sister)', phone: '07700 900123', note: '' }]);
  });

  it('puts each message on the row and field it is about', () => {
    expect(
      issuesOf({
        ...EMPTY_PLAN,
        peopleToAsk: [
          { name: '', phone: '', note: '' },
          { name: '', phone: '07700 900123', note: '' },
        ],
        professionals: [{ name: 'Dr Okafor', phone: 'call <me>', note: '' }],
      }),
    ).toEqual([
      { path: 'peopleToAsk.1.name', message: 'Give each contact a name.' },
      { path: 'professionals.0.phone', message: 'A phone number can hold digits, spaces and + ( ) - . only.' },
    ]);
  });

  it('refuses a section past its limit with the section’s message', () => {
    expect(issuesOf({ ...EMPTY_PLAN, saferSurroundings: 'x'.repeat(SECTION_LIMIT + 1) })).toEqual([
      { path: 'saferSurroundings', message: 'Keep each section under 5,000 characters.' },
    ]);
    expect(issuesOf({ ...EMPTY_PLAN, saferSurroundings: 'x'.repeat(SECTION_LIMIT) })).toEqual([]);
  });

  it('says on the section when it holds more contacts than a plan keeps', () => {
    const row = { name: 'A', phone: '', note: '' };
    expect(issuesOf({ ...EMPTY_PLAN, peopleToAsk: Array(31).fill(row) })).toEqual([{ path: 'peopleToAsk', message: 'Up to 30 people.' }]);
  });

  it('reads the paste limits from the record schema', () => {
    expect(SECTION_LIMIT).toBe(5_000);
    expect(CONTACT_LIMITS).toEqual({ name: 120, phone: 40, note: 300 });
  });
});
