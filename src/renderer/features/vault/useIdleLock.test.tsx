// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_REPORT_MS } from '../../../shared/contract';
import { useIdleLock } from './useIdleLock';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useIdleLock (fake clock)', () => {
  it('tells main about activity at once, then at most every 20 s, with the chosen idle time', () => {
    const report = vi.fn();
    renderHook(() => useIdleLock(10, vi.fn(), report));
    expect(report.mock.calls).toEqual([[10]]);
    for (let n = 0; n < 10; n++) {
      vi.advanceTimersByTime(1_000);
      window.dispatchEvent(new KeyboardEvent('keydown'));
    }
    expect(report).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(ACTIVITY_REPORT_MS);
    window.dispatchEvent(new MouseEvent('mousedown'));
    expect(report.mock.calls).toEqual([[10], [10]]);
  });

  it('locks after the idle time without activity, and not before', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(1, onIdle, vi.fn()));
    vi.advanceTimersByTime(59_000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });
});
