// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Select } from './Select';

afterEach(cleanup);

// jsdom has no CSS.escape; react-aria's list uses it to find the focused option (Chromium has it).
const css = ((globalThis as { CSS?: { escape?: (s: string) => string } }).CSS ??= {});
css.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);

const CHOICES = [
  { id: 'daily', label: 'Every day' },
  { id: 'weekly', label: 'Every week' },
  { id: 'never', label: 'Never' },
];

function Harness({ spy }: { spy: (id: string) => void }) {
  const [value, setValue] = useState('daily');
  return (
    <Select
      label="How often"
      description="You can change it later."
      choices={CHOICES}
      value={value}
      onChange={(id) => {
        spy(id);
        setValue(id);
      }}
    />
  );
}

describe('Select', () => {
  it('is a labelled button showing the chosen choice, with its description read with it', () => {
    render(<Harness spy={() => {}} />);
    const button = screen.getByRole('button', { name: /How often/ });
    expect(button.textContent).toContain('Every day');
    const described = button.getAttribute('aria-describedby') ?? '';
    expect(described.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('You can change it later.');
  });

  it('opens and picks with the keyboard alone', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    render(<Harness spy={spy} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeTruthy();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(spy).toHaveBeenLastCalledWith('weekly');
    expect(screen.getByRole('button', { name: /How often/ }).textContent).toContain('Every week');
  });

  it('picks with a click on an option', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    render(<Harness spy={spy} />);
    await user.click(screen.getByRole('button', { name: /How often/ }));
    await user.click(screen.getByRole('option', { name: 'Never' }));
    expect(spy).toHaveBeenLastCalledWith('never');
  });

  it('can keep its label for screen readers only: the button is still named by it', () => {
    render(<Select label="Why was it skipped" labelHidden choices={CHOICES} value="daily" onChange={() => {}} />);
    const button = screen.getByRole('button', { name: /Why was it skipped/ });
    expect(button.textContent).toContain('Every day');
    expect(screen.getByText('Why was it skipped').className).toContain('visually-hidden');
  });

  it('shows and announces its message, tied to the button, and hands its button to a ref for focus', () => {
    let button: HTMLButtonElement | null = null;
    render(<Select label="How strong" choices={CHOICES} value="daily" onChange={() => {}} errorMessage="Rate how strong it is." buttonRef={(b) => {
      button = b;
    }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Rate how strong it is.');
    const named = screen.getByRole('button', { name: /How strong/ });
    expect(named).toBe(button);
    expect((named.getAttribute('aria-describedby') ?? '').split(' ')).toContain(alert.id);
  });
});
