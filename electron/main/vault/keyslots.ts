import { HEADER_FORMAT, HEADER_VERSION, type KdfParams, type PassphraseSlot, type WrappedKey } from './header';
import { RECOVERY_KEY_BYTES } from './recovery-key';
import { argon2idOffThread } from './argon2-thread';
import { aeadOpen, aeadSeal, deriveSubkey, KEY_BYTES, memzero, randomBytes, SALT_BYTES } from './sodium';

/*
 * Keyslots: the one random data key, wrapped once under a key derived from the
 * passphrase (Argon2id) and once under a key derived from the recovery key.
 * There is no verifier hash: a wrong secret is simply an AEAD tag that does not
 * verify, so the header holds nothing to test guesses against offline except
 * the full Argon2 cost per guess.
 */

export type SlotKind = 'passphrase' | 'recovery';

/** Binds a wrapped key to its slot kind and header version, so slots cannot be swapped or replayed across formats. */
const slotAd = (kind: SlotKind) => new TextEncoder().encode(`${HEADER_FORMAT}/v${HEADER_VERSION}/keyslot/${kind}`);

function wrap(kek: Uint8Array, dataKey: Uint8Array, kind: SlotKind): WrappedKey {
  const { nonce, ciphertext } = aeadSeal(dataKey, slotAd(kind), kek);
  memzero(kek);
  return { nonce, wrapped: ciphertext };
}

function unwrap(kek: Uint8Array, slot: WrappedKey, kind: SlotKind): Uint8Array | null {
  const dataKey = aeadOpen(slot.wrapped, slotAd(kind), slot.nonce, kek);
  memzero(kek);
  return dataKey && dataKey.length === KEY_BYTES ? dataKey : null;
}

function passphraseKek(passphrase: string, params: KdfParams & { salt: Uint8Array }): Promise<Uint8Array> {
  // NFC so the same passphrase typed on systems that compose accents
  // differently (macOS input methods vs. others) derives the same key.
  const bytes = new TextEncoder().encode(passphrase.normalize('NFC'));
  // On a worker thread so the window stays responsive; the worker zeroes the bytes it is handed.
  return argon2idOffThread(bytes, params.salt, params.opslimit, params.memlimit);
}

const recoveryKek = (recoveryKey: Uint8Array) => deriveSubkey(recoveryKey, 1, 'CairnRcv');

/**
 * New passphrase slot with a fresh salt: runs Argon2id once. Bounds are the caller's job (checkKdfParams).
 * `dataKey` is read only after the derivation: a caller that can lock meanwhile must check it still holds the key.
 */
export async function newPassphraseSlot(passphrase: string, dataKey: Uint8Array, kdf: KdfParams): Promise<PassphraseSlot> {
  const params = { ...kdf, salt: randomBytes(SALT_BYTES) };
  const kek = await passphraseKek(passphrase, params);
  return { ...params, ...wrap(kek, dataKey, 'passphrase') };
}

/** The data key, or null when the passphrase is wrong (or the slot altered). Runs Argon2id once. */
export async function openPassphraseSlot(passphrase: string, slot: PassphraseSlot): Promise<Uint8Array | null> {
  return unwrap(await passphraseKek(passphrase, slot), slot, 'passphrase');
}

/** New recovery slot; the caller shows `recoveryKey` once and then zeroes it. */
export function newRecoverySlot(dataKey: Uint8Array): { slot: WrappedKey; recoveryKey: Uint8Array } {
  const recoveryKey = randomBytes(RECOVERY_KEY_BYTES);
  return { slot: wrap(recoveryKek(recoveryKey), dataKey, 'recovery'), recoveryKey };
}

/** The data key, or null when the recovery key is wrong (or the slot altered). */
export function openRecoverySlot(recoveryKey: Uint8Array, slot: WrappedKey): Uint8Array | null {
  return unwrap(recoveryKek(recoveryKey), slot, 'recovery');
}
