// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The page's API is window.cairn, read when api.ts loads: a stub before importing the screen.
const cairn = { 'vault.unlock': vi.fn(), 'vault.unlockWithRecoveryKey': vi.fn(), 'vault.status': vi.fn(), on: vi.fn() };
Object.defineProperty(window, 'cairn', { value: cairn });
const { UnlockScreen } = await import('./UnlockScreen');

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the lockout countdown (fake clock)', () => {
  it('ticks down every second, keeps Unlock disabled, then says you can try again', () => {
    render(<UnlockScreen retryAfterMs={3_000} onUnlocked={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toBe('Too many wrong attempts.');
    expect(screen.getByText('Try again in 3 seconds.')).toBeTruthy();
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByText('Try again in 2 seconds.')).toBeTruthy();
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByText('Try again in 1 second.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByText('You can try again now.')).toBeTruthy();
  });

  it('shows no countdown when attempts are allowed', () => {
    render(<UnlockScreen retryAfterMs={0} onUnlocked={vi.fn()} />);
    expect(screen.queryByText(/Try again in/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the unlock form (react-hook-form + zod)', () => {
  beforeEach(() => {
    vi.useRealTimers();
    for (const f of Object.values(cairn)) f.mockReset();
  });

  it('an empty passphrase is refused on the field and nothing is sent to main', async () => {
    render(<UnlockScreen retryAfterMs={0} onUnlocked={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type your passphrase.');
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(cairn['vault.unlock']).not.toHaveBeenCalled();
  });

  it('a blank recovery key is refused the same way', async () => {
    render(<UnlockScreen retryAfterMs={0} onUnlocked={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'I forgot my passphrase' }));
    fireEvent.change(screen.getByLabelText('Recovery key'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type or paste your recovery key.');
    expect(cairn['vault.unlockWithRecoveryKey']).not.toHaveBeenCalled();
  });

  it("main's refusal is said on the field, and typing again clears it", async () => {
    cairn['vault.unlock'].mockResolvedValue({ ok: false, error: { code: 'wrong_passphrase', message: 'That passphrase did not open the vault.' } });
    cairn['vault.status'].mockResolvedValue({ ok: true, value: { state: 'locked', retryAfterMs: 0 } });
    const onUnlocked = vi.fn();
    render(<UnlockScreen retryAfterMs={0} onUnlocked={onUnlocked} />);
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'not it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase did not open the vault.');
    expect(cairn['vault.unlock']).toHaveBeenCalledWith({ passphrase: 'not it' });
    expect(onUnlocked).not.toHaveBeenCalled();
    // What was typed stays, selected, so the next try replaces it.
    expect(field.value).toBe('not it');
    fireEvent.change(field, { target: { value: 'not it either' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('the right passphrase unlocks', async () => {
    cairn['vault.unlock'].mockResolvedValue({ ok: true, value: {} });
    const onUnlocked = vi.fn();
    render(<UnlockScreen retryAfterMs={0} onUnlocked={onUnlocked} />);
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'the right one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledOnce());
    expect(cairn['vault.unlock']).toHaveBeenCalledWith({ passphrase: 'the right one' });
  });
});
