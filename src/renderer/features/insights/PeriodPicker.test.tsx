// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { typeWhen } from '../../../../tests/support/when-fields';
import { PeriodPicker } from './PeriodPicker';
import { UNIT_TEST } from '../../../../tests/timeouts';

afterEach(cleanup);

describe('the custom period', { timeout: UNIT_TEST }, () => {
  it('refuses dates in the wrong order with a message on the To date, applies nothing, then applies the corrected range', async () => {
    const user = userEvent.setup();
    const onCustom = vi.fn();
    render(<PeriodPicker choice="custom" custom={{ from: '2026-11-01', to: '2026-11-20' }} onChoice={() => {}} onCustom={onCustom} />);
    const to = screen.getByRole('group', { name: 'To' });
    await typeWhen(to, '2026-10-15');
    await user.click(screen.getByRole('button', { name: 'Show period' }));
    const message = screen.getByText('The “from” date is after the “to” date; swap them or pick another.');
    expect(to.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(to.querySelector('[role="spinbutton"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(onCustom).not.toHaveBeenCalled();

    await typeWhen(to, '2026-11-25');
    await user.click(screen.getByRole('button', { name: 'Show period' }));
    expect(onCustom).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-25' });
    expect(screen.queryByText(/after the “to” date/)).toBeNull();
  });
});
