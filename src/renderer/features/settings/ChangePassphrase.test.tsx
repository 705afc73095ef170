// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The page's API is window.cairn, read when api.ts loads: a stub before importing the form.
const cairn = { 'vault.changePassphrase': vi.fn(), on: vi.fn() };
Object.defineProperty(window, 'cairn', { value: cairn });
const { ChangePassphrase } = await import('./ChangePassphrase');

const NEXT = 'copper lantern meadow drift 58';

beforeEach(() => cairn['vault.changePassphrase'].mockReset());
afterEach(cleanup);

/** Types an accepted new passphrase twice and waits for the strength check to let Change passphrase be pressed. */
async function typeNewPair() {
  fireEvent.change(screen.getByLabelText('New passphrase'), { target: { value: NEXT } });
  fireEvent.change(screen.getByLabelText('Type it again'), { target: { value: NEXT } });
  const button = screen.getByRole('button', { name: 'Change passphrase' }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false), { timeout: 10_000 });
  return button;
}

describe('Settings → Change passphrase (react-hook-form + zod)', () => {
  it('an empty current passphrase is refused on its field and nothing is asked of main', async () => {
    render(<ChangePassphrase />);
    fireEvent.click(await typeNewPair());
    await waitFor(() => expect(screen.getByLabelText('Current passphrase').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Type your current passphrase.')).toBeTruthy();
    expect(cairn['vault.changePassphrase']).not.toHaveBeenCalled();
  }, 20_000);

  it("main's refusal is the form's message; a change clears the fields and says so", async () => {
    cairn['vault.changePassphrase'].mockResolvedValueOnce({ ok: false, error: { code: 'wrong_passphrase', message: 'That passphrase did not open the vault.' } });
    cairn['vault.changePassphrase'].mockResolvedValueOnce({ ok: true, value: {} });
    render(<ChangePassphrase />);
    fireEvent.change(screen.getByLabelText('Current passphrase'), { target: { value: 'wrong one' } });
    fireEvent.click(await typeNewPair());
    await waitFor(() => expect(screen.getByText('That passphrase did not open the vault.')).toBeTruthy());
    expect(cairn['vault.changePassphrase']).toHaveBeenLastCalledWith({ current: 'wrong one', next: NEXT });
    fireEvent.change(screen.getByLabelText('Current passphrase'), { target: { value: 'right one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your passphrase was changed.'));
    expect(cairn['vault.changePassphrase']).toHaveBeenLastCalledWith({ current: 'right one', next: NEXT });
    expect((screen.getByLabelText('Current passphrase') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('New passphrase') as HTMLInputElement).value).toBe('');
  }, 20_000);
});
