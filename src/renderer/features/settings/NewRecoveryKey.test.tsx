// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The page's API is window.cairn, read when api.ts loads: a stub before importing the form.
const cairn = { 'vault.newRecoveryKey': vi.fn(), on: vi.fn() };
Object.defineProperty(window, 'cairn', { value: cairn });
const { NewRecoveryKey } = await import('./NewRecoveryKey');

beforeEach(() => cairn['vault.newRecoveryKey'].mockReset());
afterEach(cleanup);

describe('Settings → New recovery key (react-hook-form + zod)', () => {
  it('an empty passphrase is refused on the field and nothing is asked of main', async () => {
    render(<NewRecoveryKey />);
    fireEvent.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type your passphrase.');
    expect(screen.getByLabelText('Your passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(cairn['vault.newRecoveryKey']).not.toHaveBeenCalled();
  });

  it("main's refusal is said on the field, and the passphrase is not kept in the page", async () => {
    cairn['vault.newRecoveryKey'].mockResolvedValue({ ok: false, error: { code: 'wrong_passphrase', message: 'That passphrase did not open the vault.' } });
    render(<NewRecoveryKey />);
    const field = screen.getByLabelText('Your passphrase') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'not it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase did not open the vault.');
    expect(cairn['vault.newRecoveryKey']).toHaveBeenCalledWith({ passphrase: 'not it' });
    expect(field.value).toBe('');
  });

  it('the right passphrase shows the new key once', async () => {
    cairn['vault.newRecoveryKey'].mockResolvedValue({ ok: true, value: { recoveryKey: 'ABCD-EFGH' } });
    render(<NewRecoveryKey />);
    fireEvent.change(screen.getByLabelText('Your passphrase'), { target: { value: 'the right one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    await waitFor(() => expect(screen.getByLabelText('New recovery key').textContent).toBe('ABCD-EFGH'));
  });
});
