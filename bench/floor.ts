import sodium from 'libsodium-wrappers-sumo';
import type { SealedRow } from '../electron/main/vault/vault-service';

const encoder = new TextEncoder();

/**
 * The floor for opening: raw libsodium over the same envelopes, with no app
 * code (no padding removal, no segment names, no JSON). Format per
 * electron/main/vault/envelope.ts: [0x01][24-byte nonce][ciphertext], AD = 0x01 || row id.
 */
export async function rawOpenAll(rows: readonly SealedRow[], envKey: Uint8Array): Promise<number> {
  await sodium.ready;
  let bytes = 0;
  for (const { id, env } of rows) {
    const sealed = env;
    const ad = new Uint8Array([0x01, ...encoder.encode(id)]);
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed.subarray(25), ad, sealed.subarray(1, 25), envKey);
    bytes += plain.length;
  }
  return bytes;
}

/** Argon2id with the given cost, as unlock and backups run it (to report KDF time apart). */
export async function argon2Time(opslimit: number, memlimit: number): Promise<number> {
  await sodium.ready;
  const started = performance.now();
  sodium.crypto_pwhash(32, 'a passphrase for timing only', new Uint8Array(16), opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  return performance.now() - started;
}
