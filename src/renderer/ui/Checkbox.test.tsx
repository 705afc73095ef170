// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkbox } from './Checkbox';

afterEach(cleanup);

function Harness({ ariaLabel }: { ariaLabel?: string }) {
  const [ticked, setTicked] = useState(false);
  return (
    <Checkbox isSelected={ticked} onChange={setTicked} aria-label={ariaLabel}>
      Can we talk about sleep?
    </Checkbox>
  );
}

describe('Checkbox', () => {
  it('is named by its visible text, and Space ticks it', async () => {
    render(<Harness />);
    const box = screen.getByRole('checkbox', { name: 'Can we talk about sleep?' });
    box.focus();
    await userEvent.keyboard(' ');
    expect((box as HTMLInputElement).checked).toBe(true);
  });

  it('takes an accessible name that says what ticking means, the text still shown', async () => {
    render(<Harness ariaLabel="Asked: Can we talk about sleep?" />);
    const box = screen.getByRole('checkbox', { name: 'Asked: Can we talk about sleep?' });
    expect(screen.getByText('Can we talk about sleep?')).toBeTruthy();
    await userEvent.click(screen.getByText('Can we talk about sleep?'));
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
