import { ACTIVITY_REPORT_MS } from '../../../src/shared/contract';
import { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES } from '../../../src/shared/domain/settings';

export { ACTIVITY_REPORT_MS };

/*
 * The idle lock, enforced by main. The page has its own idle timer, but a page
 * that hangs, crashes or is compromised would never fire it; main keeps the
 * key, so main decides too. It locks when either
 *  - the page has reported no activity in Cairn for the idle time (plus the
 *    page's reporting interval), or
 *  - the whole system has had no keyboard or mouse input for the idle time
 *    (powerMonitor.getSystemIdleTime(), which needs no page at all).
 */

/** How often main checks; a lock may come this much after the limit. */
export const IDLE_CHECK_MS = 15_000;

const MAX_MINUTES = Math.max(...AUTO_LOCK_CHOICES);

export interface IdleWatchOptions {
  now: () => number;
  /** Whole-system idle time in seconds; 0 where unknown (the browser test harness). */
  systemIdleSeconds: () => number;
  /** When the vault was last unlocked or re-confirmed (counts as activity); null when locked. */
  unlockedAt: () => number | null;
  lock: () => void;
}

export class IdleWatch {
  private limitMs = DEFAULT_AUTO_LOCK_MINUTES * 60_000;
  private lastActivity = 0;

  constructor(private readonly options: IdleWatchOptions) {}

  /** The page saw the person use Cairn; it also says the idle time the person chose. */
  activity(autoLockMinutes: number): void {
    this.limitMs = Math.min(Math.max(1, autoLockMinutes), MAX_MINUTES) * 60_000;
    if (this.options.unlockedAt() !== null) this.lastActivity = this.options.now();
  }

  /** Locks if the idle time has passed; returns whether it locked. Called every IDLE_CHECK_MS. */
  check(): boolean {
    const unlockedAt = this.options.unlockedAt();
    if (unlockedAt === null) return false;
    const now = this.options.now();
    const quietInCairn = now - Math.max(this.lastActivity, unlockedAt);
    const quietEverywhere = this.options.systemIdleSeconds() * 1000;
    if (quietInCairn >= this.limitMs + ACTIVITY_REPORT_MS || quietEverywhere >= this.limitMs) {
      this.options.lock();
      return true;
    }
    return false;
  }
}
