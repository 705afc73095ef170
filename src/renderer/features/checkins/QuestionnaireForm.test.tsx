// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fixture from '../../../../tests/fixtures/clinical/questionnaires.json';
import { GAD7, PHQ9, type Questionnaire } from '../../../shared/clinical/questionnaires';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { typeWhen } from '../../../../tests/support/when-fields';
import { QuestionnaireForm } from './QuestionnaireForm';
import { UNIT_TEST } from '../../../../tests/timeouts';

afterEach(cleanup);

function renderForm(q: Questionnaire, options: { resume?: AssessmentRecord; failSaves?: boolean } = {}) {
  const saved: AssessmentRecord[] = [];
  const onSave = vi.fn(async (record: AssessmentRecord) => {
    if (options.failSaves) throw new Error('The disk is full.');
    saved.push(record);
  });
  const onSafetyItem = vi.fn();
  const onDone = vi.fn();
  const onDiscard = vi.fn();
  render(
    <QuestionnaireForm
      q={q}
      history={[]}
      today="2026-11-25"
      resume={options.resume}
      onSave={onSave}
      onSafetyItem={onSafetyItem}
      onDone={onDone}
      onDiscard={onDiscard}
      onLeave={() => {}}
    />,
  );
  return { saved, onSave, onSafetyItem, onDone, onDiscard };
}

/*
 * Each click re-renders the whole form: nine react-aria radio groups, about 40
 * radios, in React's development build under jsdom (~150-250 ms a render on
 * the 2-core CI machine). user-event's default click first hovers (pointer and
 * mouse over/enter/move, which react-aria turns into a hover state and
 * another render) and waits a macrotask between each pointer step. Neither is
 * what these tests check, so clicks skip the hover and the waits; the press
 * itself (pointer down/up, focus, click, change) is the full sequence.
 */
const person = () => userEvent.setup({ delay: null, skipHover: true });

const group = (number: number) => screen.getByRole('radiogroup', { name: new RegExp(`^${number}\\. `) });

describe('the questionnaire as the user sees it', { timeout: UNIT_TEST }, () => {
  it.each([
    [PHQ9, fixture.phq9],
    [GAD7, fixture.gad7],
  ] as const)('$name shows the official stem, items, answer labels and attribution', (q, official) => {
    renderForm(q);
    expect(screen.getByText(official.stem)).toBeTruthy();
    official.items.forEach((item, i) => {
      const items = group(i + 1);
      expect(items.getAttribute('aria-labelledby')).toBeTruthy();
      expect(document.getElementById(items.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(`${i + 1}. ${item}`);
      expect(within(items).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(
        fixture.answers.map((a) => a.label),
      );
    });
    expect(screen.getByText(fixture.attribution)).toBeTruthy();
  });

  it.each([PHQ9, GAD7])('shows the $name difficulty question with its own answers, marked as not scored', (q) => {
    renderForm(q);
    const difficulty = screen.getByRole('radiogroup', { name: /^If you checked off any problems/ });
    expect(within(difficulty).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(
      fixture.phq9.difficulty.answers.map((a) => a.label),
    );
    expect(screen.getByText(/not part of the total/)).toBeTruthy();
  });

  it('opens the safety screen as soon as item 9 is answered above 0, and saves the answer at once', async () => {
    const user = person();
    const { onSafetyItem, saved } = renderForm(PHQ9);
    await user.click(within(group(9)).getByRole('radio', { name: 'Not at all' }));
    expect(onSafetyItem).not.toHaveBeenCalled();
    await user.click(within(group(9)).getByRole('radio', { name: 'Several days' }));
    expect(onSafetyItem).toHaveBeenCalledTimes(1);
    expect(saved.at(-1)?.answers).toEqual([null, null, null, null, null, null, null, null, 1]);
    expect(saved.at(-1)?.draft).toBe(true);
  });

  it('saves every change after the first save, so the stored record equals the screen (CLINICAL.md)', async () => {
    const user = person();
    const { saved, onSafetyItem } = renderForm(PHQ9);
    await user.click(within(group(9)).getByRole('radio', { name: 'Nearly every day' }));
    await user.click(within(group(9)).getByRole('radio', { name: 'Not at all' }));
    expect(saved.at(-1)).toMatchObject({ draft: true, answers: [null, null, null, null, null, null, null, null, 0] });
    await user.click(within(group(1)).getByRole('radio', { name: 'Several days' }));
    expect(saved.at(-1)?.answers[0]).toBe(1);
    const difficulty = screen.getByRole('radiogroup', { name: /^If you checked off any problems/ });
    await user.click(within(difficulty).getByRole('radio', { name: 'Somewhat difficult' }));
    expect(saved.at(-1)?.difficulty).toBe(1);
    expect(new Set(saved.map((r) => r.id)).size).toBe(1);
    expect(onSafetyItem).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: /Draft/ })).toBeTruthy();
    expect(await screen.findByText(/^Saved as an unfinished PHQ-9 \(a draft\) at \d\d:\d\d/)).toBeTruthy();
  });

  it('never says "saved" when the save failed', async () => {
    const user = person();
    renderForm(PHQ9, { failSaves: true });
    await user.click(within(group(9)).getByRole('radio', { name: 'Several days' }));
    expect(await screen.findByText('Your last change was not saved: The disk is full.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).not.toMatch(/saved/i);
  });

  it('resumes a draft with its answers, keeps its id, and asks once before discarding an item-9 answer above 0', async () => {
    const user = person();
    const resume: AssessmentRecord = {
      id: 'draft-1',
      kind: 'assessment.phq9',
      date: '2026-11-20',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:05:00.000Z',
      answers: [2, null, null, null, null, null, null, null, 1],
      draft: true,
    };
    const { saved, onDiscard } = renderForm(PHQ9, { resume });
    expect((within(group(1)).getByRole('radio', { name: 'More than half the days' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(group(2)).getByRole('radio', { name: 'Several days' }));
    expect(saved.at(-1)).toMatchObject({ id: 'draft-1', date: '2026-11-20', createdAt: resume.createdAt, draft: true });
    await user.click(screen.getByRole('button', { name: 'Discard this PHQ-9' }));
    expect(onDiscard).not.toHaveBeenCalled();
    expect(screen.getByText(/Your answer to item 9, “Several days”, will be deleted with it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep it' })).toBe(document.activeElement);
    await user.click(screen.getByRole('button', { name: 'Discard PHQ-9' }));
    expect(onDiscard).toHaveBeenCalledWith(expect.objectContaining({ id: 'draft-1' }));
  });

  it('finishing a draft saves it without the draft mark', async () => {
    const user = person();
    const { saved } = renderForm(PHQ9);
    await user.click(within(group(9)).getByRole('radio', { name: 'Several days' }));
    for (let i = 1; i <= 8; i++) await user.click(within(group(i)).getByRole('radio', { name: 'Not at all' }));
    await user.click(screen.getByRole('button', { name: 'Save PHQ-9' }));
    expect(saved.at(-1)).not.toHaveProperty('draft');
    expect(saved.at(-1)?.answers).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('saves every answer with the difficulty answer kept apart from the items', async () => {
    const user = person();
    const { saved, onDone } = renderForm(PHQ9);
    for (let i = 1; i <= 8; i++) await user.click(within(group(i)).getByRole('radio', { name: 'Several days' }));
    await user.click(within(group(9)).getByRole('radio', { name: 'Not at all' }));
    const difficulty = screen.getByRole('radiogroup', { name: /^If you checked off any problems/ });
    await user.click(within(difficulty).getByRole('radio', { name: 'Very difficult' }));
    await user.click(screen.getByRole('button', { name: 'Save PHQ-9' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: 'assessment.phq9', date: '2026-11-25', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0], difficulty: 2 });
    expect(onDone).toHaveBeenCalledWith(saved[0]);
  });

  it('asks before saving with unanswered items and refuses a future date', async () => {
    const user = person();
    const { saved } = renderForm(GAD7);
    await user.click(within(group(1)).getByRole('radio', { name: 'Several days' }));
    const date = screen.getByRole('group', { name: 'Date' });
    await typeWhen(date, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save GAD-7' }));
    // The message sits on the date and is read with it; the date field has focus.
    const message = screen.getByText('The date cannot be in the future.');
    expect(message.getAttribute('role')).toBe('alert');
    expect(date.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    // The segments carry the mark; the cursor is in the first of them.
    const first = date.querySelector('[role="spinbutton"]')!;
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(first);
    expect(saved).toHaveLength(0);

    await typeWhen(date, '2026-11-24');
    await user.click(screen.getByRole('button', { name: 'Save GAD-7' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Items 2, 3, 4, 5, 6 and 7 are not answered\./);
    expect(saved).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Save as incomplete' }));
    expect(saved[0]?.answers).toEqual([1, null, null, null, null, null, null]);
  });
});
