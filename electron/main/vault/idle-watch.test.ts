import { describe, expect, it, vi } from 'vitest';
import { ACTIVITY_REPORT_MS, IdleWatch } from './idle-watch';

const MINUTE = 60_000;

function setup() {
  const clock = { now: 1_800_000_000_000, systemIdle: 0, unlockedAt: null as number | null };
  const lock = vi.fn(() => (clock.unlockedAt = null));
  const watch = new IdleWatch({
    now: () => clock.now,
    systemIdleSeconds: () => clock.systemIdle,
    unlockedAt: () => clock.unlockedAt,
    lock,
  });
  const unlock = () => (clock.unlockedAt = clock.now);
  return { clock, lock, watch, unlock };
}

describe('main-process idle lock (injected clock)', () => {
  it('locks when the page stops reporting activity, even though the page never asks', () => {
    const { clock, lock, watch, unlock } = setup();
    unlock();
    watch.activity(5);
    clock.now += 5 * MINUTE + ACTIVITY_REPORT_MS - 1;
    expect(watch.check()).toBe(false);
    clock.now += 1;
    expect(watch.check()).toBe(true);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('activity reports keep it open, and follow the idle time the person chose', () => {
    const { clock, lock, watch, unlock } = setup();
    unlock();
    for (let n = 0; n < 20; n++) {
      clock.now += 4 * MINUTE;
      watch.activity(30);
      expect(watch.check()).toBe(false);
    }
    clock.now += 30 * MINUTE + ACTIVITY_REPORT_MS;
    expect(watch.check()).toBe(true);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('uses the default 5 minutes until the page says otherwise', () => {
    const { clock, watch, unlock } = setup();
    unlock();
    clock.now += 5 * MINUTE + ACTIVITY_REPORT_MS;
    expect(watch.check()).toBe(true);
  });

  it('locks as soon as the whole system has been idle for the idle time', () => {
    const { clock, watch, unlock } = setup();
    unlock();
    watch.activity(2);
    clock.now += MINUTE;
    clock.systemIdle = 2 * 60 - 1;
    expect(watch.check()).toBe(false);
    clock.systemIdle = 2 * 60;
    expect(watch.check()).toBe(true);
  });

  it('counts an unlock as activity, ignores reports while locked, and never locks a locked vault', () => {
    const { clock, lock, watch, unlock } = setup();
    watch.activity(1);
    clock.now += 10 * MINUTE;
    expect(watch.check()).toBe(false); // locked: nothing to do
    unlock();
    expect(watch.check()).toBe(false); // the stale report from before the unlock does not count against it
    expect(lock).not.toHaveBeenCalled();
  });
});
