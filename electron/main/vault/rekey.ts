import { openSegment, rowIdFor, sealSegment } from './envelope';
import type { KeyTransition } from './header';
import type { KeyRing } from './keyring';
import { aeadOpen, aeadSeal, deriveSubkey, KEY_BYTES, memzero } from './sodium';

/*
 * Re-encrypting everything under a new data key, without a moment where a
 * crash could lose data. IndexedDB (the page) and vault.json (main) cannot be
 * written in one transaction, so the switch goes through states that are each
 * safe to stop in:
 *   1. vault.json: old slots + `pending` (the new key wrapped under the old)
 *   2. IndexedDB: new rows added beside the old ones (new ids: row ids are
 *      keyed by the data key), one transaction
 *   3. vault.json: new slots + `retired` (the old key wrapped under the new)
 *   4. IndexedDB: old rows deleted, one transaction
 *   5. vault.json: new slots only
 * Stopped anywhere, whichever key the slots open also opens the other one, so
 * rows under the other key are recognised as copies left over (the complete
 * set is always under the slots' key) and deleted at the next load.
 */

const transitionAd = (kind: KeyTransition['kind']) => new TextEncoder().encode(`cairn-vault/v1/transition/${kind}`);
/** A subkey of the key the slots open, used only to wrap the other key. */
const wrappingKey = (slotKey: Uint8Array) => deriveSubkey(slotKey, 2, 'CairnRky');

export function wrapTransition(kind: KeyTransition['kind'], otherKey: Uint8Array, slotKey: Uint8Array): KeyTransition {
  const kek = wrappingKey(slotKey);
  try {
    const { nonce, ciphertext } = aeadSeal(otherKey, transitionAd(kind), kek);
    return { kind, nonce, wrapped: ciphertext };
  } finally {
    memzero(kek);
  }
}

/** The other key, or null when the transition slot does not authenticate (then its rows are reported as damaged). */
export function openTransition(transition: KeyTransition, slotKey: Uint8Array): Uint8Array | null {
  const kek = wrappingKey(slotKey);
  try {
    const key = aeadOpen(transition.wrapped, transitionAd(transition.kind), transition.nonce, kek);
    return key && key.length === KEY_BYTES ? key : null;
  } finally {
    memzero(kek);
  }
}

export type ResealResult = { ok: true; id: string; env: Uint8Array } | { ok: false };

/** Opens one row under `from` and seals the same segment for `to` (new row id, new nonce). */
export function resealRow(row: { id: string; env: Uint8Array }, from: KeyRing, to: KeyRing): ResealResult {
  const opened = openSegment(row.id, row.env, from.envKey, from.rowIdKey);
  if (!opened.ok) return { ok: false };
  const id = rowIdFor(opened.name, to.rowIdKey);
  return { ok: true, id, env: sealSegment(opened.name, opened.data, id, to.envKey) };
}
