import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { delayFor, UnlockAttempts } from './attempts';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-attempts-'));
  file = join(dir, 'unlock-attempts.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('delayFor', () => {
  it('is free for 4 failures, then 30 s doubling per failure, capped at 15 min', () => {
    expect([0, 4].map(delayFor)).toEqual([0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50].map((n) => delayFor(n) / 1000)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });
});

describe('UnlockAttempts', () => {
  it('counts failures, persists them, and resets on success', async () => {
    const attempts = await UnlockAttempts.load(file, 0);
    for (let n = 0; n < 5; n++) await attempts.recordFailure(1000);
    expect(attempts.retryAfterMs(1000)).toBe(30_000);
    expect(attempts.retryAfterMs(21_000)).toBe(10_000);
    expect(attempts.retryAfterMs(31_000)).toBe(0);

    const reloaded = await UnlockAttempts.load(file, 5000);
    expect(reloaded.failures).toBe(5);
    expect(reloaded.retryAfterMs(5000)).toBe(26_000);

    await reloaded.reset();
    expect((await UnlockAttempts.load(file, 0)).failures).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, failures: 0, lastFailureAt: null });
  });

  it('never waits longer than the delay when the clock goes backwards', async () => {
    const attempts = await UnlockAttempts.load(file, 0);
    for (let n = 0; n < 5; n++) await attempts.recordFailure(10_000_000);
    expect(attempts.retryAfterMs(0)).toBe(30_000);
  });

  it('treats a damaged counter as "limit just reached", never as a free reset', async () => {
    await writeFile(file, '{"failures": -3');
    const attempts = await UnlockAttempts.load(file, 42);
    expect(attempts.failures).toBe(5);
    expect(attempts.retryAfterMs(42)).toBe(30_000);
    expect(await readFile(file, 'utf8')).toBe('{"failures": -3'); // kept until the next real write
  });

  it('keeps counting in memory when the file cannot be written', async () => {
    const attempts = await UnlockAttempts.load(join(dir, 'missing-folder', 'unlock-attempts.json'), 0);
    await attempts.recordFailure(0);
    expect(attempts.failures).toBe(1);
  });
});
