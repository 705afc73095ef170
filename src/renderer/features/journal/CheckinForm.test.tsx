// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FUTURE_DAY_MESSAGE } from '../../../shared/journal/validate';
import type { JournalMeasure } from '../../../shared/domain/own-measure';
import { typeWhen } from '../../../../tests/support/when-fields';
import { UndoProvider } from '../../ui/UndoProvider';
import { CheckinForm } from './CheckinForm';

const STAMP = '2026-11-01T09:00:00.000Z';
const outside: JournalMeasure = { kind: 'journal.measure', id: 'm-out', name: 'minutes outside', type: 'number', unit: 'minutes', min: 0, max: 600, inSummary: false, createdAt: STAMP, updatedAt: STAMP };

// The records the form reads, one array per kind (kept, as the store keeps them, between renders).
const records = vi.hoisted(() => ({ byKind: {} as Record<string, unknown[]>, save: vi.fn() }));
vi.mock('../../db/useRecords', () => ({ useRecords: (kind: string) => (records.byKind[kind] ??= []) }));
vi.mock('../../db/vault-context', () => ({ useVault: () => ({ repository: { save: records.save } }) }));

// Counts how often a scale is drawn, to see that typing elsewhere leaves the scales alone.
const drawn = vi.hoisted(() => ({ scales: 0 }));
vi.mock('../../ui/RatingScale', async (original) => {
  const real = await original<typeof import('../../ui/RatingScale')>();
  return {
    RatingScale: (props: Parameters<typeof real.RatingScale>[0]) => {
      drawn.scales++;
      return real.RatingScale(props);
    },
  };
});

const DAY = '2026-11-20';

beforeEach(() => {
  records.byKind = { 'journal.measure': [outside] };
  records.save.mockReset().mockResolvedValue(undefined);
});
afterEach(cleanup);

function open() {
  const saved = vi.fn();
  render(
    <UndoProvider>
      <CheckinForm day={DAY} onSaved={saved} onCancel={() => {}} />
    </UndoProvider>,
  );
  return { saved, user: userEvent.setup() };
}

/** The text that describes a field: what its aria-describedby names. */
const describedBy = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('the daily check-in form (react-hook-form, the record resolver)', () => {
  it('puts an impossible sleep on the Sleep field, focuses it, and saves nothing', async () => {
    const { saved, user } = open();
    const sleep = screen.getByRole('textbox', { name: 'Sleep (hours)' });
    await user.type(sleep, '30');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const message = 'Sleep is a number of hours from 0 to 24; a day has only 24.';
    await waitFor(() => expect(sleep.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(sleep)).toContain(message);
    expect(document.activeElement).toBe(sleep);
    expect(records.save).not.toHaveBeenCalled();
    expect(saved).not.toHaveBeenCalled();
  });

  it('puts an own measure out of its range on that measure, and a day in the future on the Day field', async () => {
    const { user } = open();
    const own = screen.getByRole('textbox', { name: 'minutes outside (minutes)' });
    await user.type(own, '900');
    const dayField = screen.getByRole('group', { name: 'Day' });
    await typeWhen(dayField, '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(own.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(own)).toContain('minutes outside is a number from 0 to 600.');
    // The segments carry the mark (a group has no aria-invalid of its own); the message is read with the group.
    expect(dayField.querySelector('[role="spinbutton"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(dayField)).toContain(FUTURE_DAY_MESSAGE);
    expect(records.save).not.toHaveBeenCalled();
  });

  it('says on Mood that something must be filled in when nothing is', async () => {
    const { user } = open();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const mood = screen.getByRole('radiogroup', { name: 'Mood' });
    await waitFor(() => expect(mood.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(mood)).toContain('Fill in at least one value before saving.');
    expect(records.save).not.toHaveBeenCalled();
    // A note is a value: typing one answers the message on Mood there and then, before any second save.
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'slept badly');
    await waitFor(() => expect(mood.getAttribute('aria-invalid')).toBeNull());
    expect(describedBy(mood)).not.toContain('Fill in at least one value');
    expect(records.save).not.toHaveBeenCalled();
  });

  it('saves the parsed record in two keystrokes: a digit on Mood, then Enter', async () => {
    const { saved, user } = open();
    // Focus starts on Mood when the form opens.
    expect((document.activeElement as HTMLInputElement).name).toBe('mood');
    await user.keyboard('7{Enter}');
    await waitFor(() => expect(saved).toHaveBeenCalledWith(DAY));
    expect(records.save).toHaveBeenCalledTimes(1);
    const [[record]] = records.save.mock.calls[0] as [[Record<string, unknown>]];
    expect(record).toMatchObject({ kind: 'journal.checkin', id: `checkin-${DAY}`, date: DAY, mood: 7, triggers: [], coping: [], tags: [], note: '' });
    expect(record).not.toHaveProperty('anxiety');
    expect(record).not.toHaveProperty('custom');
    expect(record.createdAt).toBe(record.updatedAt);
  });

  it('reads "7,5" hours of sleep and an own measure as numbers', async () => {
    const { saved, user } = open();
    await user.type(screen.getByRole('textbox', { name: 'Sleep (hours)' }), '7,5');
    await user.type(screen.getByRole('textbox', { name: 'minutes outside (minutes)' }), '40{Enter}');
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(records.save.mock.calls[0]?.[0]).toMatchObject([{ sleepHours: 7.5, custom: { 'm-out': 40 } }]);
  });

  it('typing the note or picking another day does not redraw the scales', async () => {
    const { user } = open();
    const before = drawn.scales;
    expect(before).toBeGreaterThan(0);
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'calm day');
    expect(screen.getByText(/^8 \/ 2,000 characters/)).toBeTruthy();
    // The form itself redraws here (its heading names the day); the scales, memoised, do not.
    await typeWhen(screen.getByRole('group', { name: 'Day' }), '2026-11-19');
    expect(screen.getByRole('heading', { name: /Check-in for .*19/ })).toBeTruthy();
    expect(drawn.scales).toBe(before);
  });
});
