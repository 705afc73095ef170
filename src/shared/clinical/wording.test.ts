import { describe, expect, it } from 'vitest';
import fixture from '../../../tests/fixtures/clinical/questionnaires.json';
import { ATTRIBUTION, FREQUENCY_ANSWERS, GAD7, PHQ9 } from './questionnaires';

// The fixture was transcribed once from the official forms; the product must match it word for word.
describe('questionnaire wording matches the official forms', () => {
  it('names its source', () => {
    expect(fixture.source).toMatch(/Pfizer/);
    expect(fixture.source).toMatch(/phqscreeners/);
  });

  it('keeps the developers\' attribution line exactly', () => {
    expect(ATTRIBUTION).toBe(fixture.attribution);
  });

  it.each([
    ['PHQ-9', PHQ9, fixture.phq9],
    ['GAD-7', GAD7, fixture.gad7],
  ] as const)('%s: title, 2-week stem, every item and every answer label', (_name, q, official) => {
    expect(q.formTitle).toBe(official.title);
    expect(q.stem).toBe(official.stem);
    expect(q.items).toHaveLength(official.items.length);
    q.items.forEach((item, i) => expect(item, `item ${i + 1}`).toBe(official.items[i]));
    expect(q.answers).toEqual(fixture.answers);
  });

  it('keeps the difficulty question and its answers on both forms', () => {
    expect(PHQ9.difficulty?.question).toBe(fixture.phq9.difficulty.question);
    expect(PHQ9.difficulty?.answers).toEqual(fixture.phq9.difficulty.answers);
    expect(GAD7.difficulty?.question).toBe(fixture.gad7.difficulty.question);
    expect(GAD7.difficulty?.answers).toEqual(fixture.gad7.difficulty.answers);
  });

  it('uses the same four answers for both questionnaires', () => {
    expect(FREQUENCY_ANSWERS.map((a) => a.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
  });
});
