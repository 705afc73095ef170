// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { doseLog, type DoseLog } from '../../../shared/domain/medication';
import { clearWhen, typeWhen } from '../../../../tests/support/when-fields';
import { KitField } from '../../ui/KitField';
import { recordResolver } from '../../ui/record-form';
import { asNeededDoseLog, parseAmount } from './records';

afterEach(cleanup);

interface Fields {
  amount: string;
  takenAt: string;
}

/** An as-needed dose form as the medication forms build theirs: kit fields, the record's own schema through the zod resolver. */
function DoseForm({ onSaved, lateRule }: { onSaved: (log: DoseLog) => void; lateRule?: boolean }) {
  const { control, handleSubmit } = useForm<Fields, unknown, DoseLog>({
    defaultValues: { amount: '', takenAt: '08:00' },
    resolver: recordResolver(
      doseLog,
      (f: Fields) => asNeededDoseLog('med-1', '2026-03-01', f.takenAt, parseAmount(f.amount), ''),
      (path) => (path[0] === 'amount' ? 'amount' : 'takenAt'),
      (f) => (lateRule && f.takenAt > '22:00' ? [{ field: 'takenAt', message: 'After 22:00 is tomorrow here.' }] : []),
    ),
  });
  return (
    <form onSubmit={(e) => void handleSubmit(onSaved)(e)} noValidate>
      <KitField control={control} name="takenAt" kind="time" label="Taken at" />
      <KitField control={control} name="amount" kind="number" label="Amount (mg)" />
      <button type="submit">Log dose</button>
    </form>
  );
}

describe('medication forms: the record schema through the zod resolver, on kit fields', () => {
  it("shows each zod issue on the field it names and focuses the first field with a message", async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    render(<DoseForm onSaved={saved} />);
    clearWhen(screen.getByRole('group', { name: 'Taken at' }));
    await user.type(screen.getByLabelText('Amount (mg)'), '0');
    await user.click(screen.getByRole('button', { name: 'Log dose' }));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const amount = screen.getByLabelText('Amount (mg)');
    // The time's segments carry the mark; the cursor goes in the first of them.
    const time = screen.getByRole('group', { name: 'Taken at' }).querySelector('[role="spinbutton"]')!;
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById((amount.getAttribute('aria-describedby') ?? '').split(' ')[0]!)?.textContent).toBe('Enter a dose above 0.');
    expect(time.getAttribute('aria-invalid')).toBe('true');
    // The time comes first in this form, so it gets the cursor.
    expect(document.activeElement).toBe(time);
    expect(saved).not.toHaveBeenCalled();
  });

  it('reads the number through the codec (a decimal comma is accepted) and hands on the parsed record', async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    render(<DoseForm onSaved={saved} />);
    await user.type(screen.getByLabelText('Amount (mg)'), '0,5');
    await user.click(screen.getByRole('button', { name: 'Log dose' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(saved.mock.calls[0]![0]).toMatchObject({ kind: 'med.dose', amount: 0.5, takenAt: '08:00', time: null, status: 'taken' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("puts the form's own rule on its field, before the schema's", async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    render(<DoseForm onSaved={saved} lateRule />);
    await typeWhen(screen.getByRole('group', { name: 'Taken at' }), '23:30');
    await user.type(screen.getByLabelText('Amount (mg)'), '1');
    await user.click(screen.getByRole('button', { name: 'Log dose' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('After 22:00 is tomorrow here.'));
    expect(saved).not.toHaveBeenCalled();
  });
});
