import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

/*
 * Wrong-secret throttling, persisted in unlock-attempts.json so quitting and
 * restarting Cairn does not reset it. It slows someone guessing at the
 * keyboard; it is not a defence against a copy of the disk (Argon2 is). It
 * never deletes or wipes anything: the only consequence of failures is waiting.
 */

export const ATTEMPTS_FILE = 'unlock-attempts.json';
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

const stored = z.strictObject({
  version: z.literal(1),
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.number().nullable(),
});
type Stored = z.output<typeof stored>;

/** How long to refuse attempts after `failures` consecutive wrong secrets. */
export function delayFor(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export class UnlockAttempts {
  private constructor(
    private readonly file: string,
    private state: Stored,
  ) {}

  static async load(file: string, now: number): Promise<UnlockAttempts> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return new UnlockAttempts(file, { version: 1, failures: 0, lastFailureAt: null });
      }
      text = '';
    }
    let parsed: Stored | null = null;
    try {
      parsed = stored.parse(JSON.parse(text));
    } catch {
      // An unreadable or edited counter must not become a free reset: assume
      // the limit was just reached (one short wait, never a lock-out).
    }
    return new UnlockAttempts(file, parsed ?? { version: 1, failures: FREE_ATTEMPTS, lastFailureAt: now });
  }

  get failures(): number {
    return this.state.failures;
  }

  /** Milliseconds until the next attempt is allowed; 0 when allowed now. */
  retryAfterMs(now: number): number {
    const delay = delayFor(this.state.failures);
    if (delay === 0 || this.state.lastFailureAt === null) return 0;
    // Clamped to `delay` so a clock set backwards cannot extend the wait.
    return Math.max(0, Math.min(delay, this.state.lastFailureAt + delay - now));
  }

  async recordFailure(now: number): Promise<void> {
    this.state = { version: 1, failures: this.state.failures + 1, lastFailureAt: now };
    await this.persist();
  }

  async reset(): Promise<void> {
    if (this.state.failures === 0) return; // spare a disk write on every normal unlock
    this.state = { version: 1, failures: 0, lastFailureAt: null };
    await this.persist();
  }

  private async persist(): Promise<void> {
    try {
      await writeFileAtomic(this.file, `${JSON.stringify(this.state)}\n`);
    } catch {
      // The in-memory count still throttles this session; failing to save it
      // (full disk) must not turn a "wrong passphrase" into an internal error.
    }
  }
}
