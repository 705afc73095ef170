import type { EventEmitter } from 'node:events';
import { IDLE_CHECK_MS, type IdleWatch } from './vault/idle-watch';

/*
 * Everything outside the page that locks the vault. Linux has no lock-screen
 * event in Electron (powerMonitor emits 'lock-screen' on macOS and Windows
 * only), so there the system's idle time and suspend stand in for it.
 */

export interface LockTriggerOptions {
  powerMonitor: Pick<EventEmitter, 'on'>;
  idle: IdleWatch;
  lockForOs: () => void;
  setInterval: (fn: () => void, ms: number) => { unref?: () => void };
}

export function installLockTriggers({ powerMonitor, idle, lockForOs, setInterval }: LockTriggerOptions): void {
  powerMonitor.on('lock-screen', lockForOs);
  powerMonitor.on('suspend', lockForOs);
  setInterval(() => idle.check(), IDLE_CHECK_MS).unref?.();
}

/** A page that crashed or was killed can no longer lock itself or drop its records: main locks. */
export function lockWhenPageGone(contents: Pick<EventEmitter, 'on'>, lockForOs: () => void): void {
  contents.on('render-process-gone', lockForOs);
}

/** Waits for `task`, but never longer than `limitMs` (quitting must not hang on a stuck backup folder). */
export function withTimeLimit(
  task: Promise<unknown>,
  limitMs: number,
  setTimer: (fn: () => void, ms: number) => unknown = setTimeout,
): Promise<'done' | 'timed out'> {
  return Promise.race([
    task.then(
      () => 'done' as const,
      () => 'done' as const,
    ),
    new Promise<'timed out'>((resolve) => setTimer(() => resolve('timed out'), limitMs)),
  ]);
}
