import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installLockTriggers, lockWhenPageGone, withTimeLimit } from './lock-triggers';
import { IDLE_CHECK_MS, IdleWatch } from './vault/idle-watch';

afterEach(() => vi.useRealTimers());

describe('lock triggers outside the page', () => {
  it('locks on lock-screen and suspend, and checks the idle time on a timer', () => {
    const powerMonitor = new EventEmitter();
    const lockForOs = vi.fn();
    const idle = { check: vi.fn() } as unknown as IdleWatch;
    let tick = () => {};
    installLockTriggers({ powerMonitor, idle, lockForOs, setInterval: (fn, ms) => ((tick = fn), expect(ms).toBe(IDLE_CHECK_MS), {}) });
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    expect(lockForOs).toHaveBeenCalledTimes(2);
    tick();
    expect(idle.check).toHaveBeenCalledOnce();
  });

  it('locks when the page process is gone', () => {
    const contents = new EventEmitter();
    const lockForOs = vi.fn();
    lockWhenPageGone(contents, lockForOs);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(lockForOs).toHaveBeenCalledOnce();
  });
});

describe('the quit-time backup limit', () => {
  it('gives up waiting after the limit when the backup hangs', async () => {
    vi.useFakeTimers();
    const outcome = withTimeLimit(new Promise(() => {}), 10_000);
    await vi.advanceTimersByTimeAsync(9_999);
    let settled = false;
    void outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toBe('timed out');
  });

  it('returns as soon as the backup finishes, or fails', async () => {
    vi.useFakeTimers();
    await expect(withTimeLimit(Promise.resolve(), 10_000)).resolves.toBe('done');
    await expect(withTimeLimit(Promise.reject(new Error('disk full')), 10_000)).resolves.toBe('done');
  });
});
