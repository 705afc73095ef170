import { ServiceError } from '../dispatch';
import type { VaultService } from '../vault/vault-service';

/** Plaintext or a copy under another passphrase leaves Cairn: ask again once the vault has been open this long (as printing does). */
export const FRESH_UNLOCK_MS = 5 * 60_000;

/**
 * Main (not only the page) insists that the person at the keyboard proved the
 * vault passphrase within the last 5 minutes; a correct passphrase counts as a
 * fresh proof (checkPassphrase is throttled like unlock).
 */
export async function requireFreshUnlock(
  vault: Pick<VaultService, 'status' | 'checkPassphrase'>,
  passphrase: string | undefined,
  what: string,
  now: number,
): Promise<void> {
  const { state, unlockedAt } = vault.status();
  if (state !== 'unlocked') throw new ServiceError('locked', 'Unlock Cairn first.');
  if (unlockedAt !== null && now - unlockedAt <= FRESH_UNLOCK_MS) return;
  if (!passphrase) {
    throw new ServiceError('forbidden', `Enter your passphrase again: Cairn asks before ${what} when it was unlocked more than 5 minutes ago.`);
  }
  await vault.checkPassphrase(passphrase);
}
