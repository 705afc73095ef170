// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
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
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});
