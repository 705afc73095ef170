import { z } from 'zod';
import { plainHash, toBase64 } from '../vault/sodium';

/*
 * auto-backup.json, version 2. The settings are in clear (Settings shows the
 * folder), but they are bound to the wrapped backup key: the wrapped secret is
 * the key followed by a hash of the settings, sealed (XChaCha20-Poly1305) under
 * a subkey of the vault's data key. Editing any setting — the folder, how many
 * to keep, the list of files Cairn wrote — makes the hash differ, so the file
 * is refused instead of silently used (a forged "keep: 1" must not prune).
 */

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(200);

export const settingsSchema = z.strictObject({
  folder: z.string().min(1).max(4096),
  keep: z.number().int().min(1).max(100),
  kdf: z.strictObject({ opslimit: z.number().int(), memlimit: z.number().int(), salt: b64 }),
  /** The backup key follows the vault passphrase (re-derived when it changes) rather than a separate one. */
  usesVaultPassphrase: z.boolean(),
  /** A random tag in every file name, so two installs sharing a synced folder never touch each other's files. */
  tag: z.string().regex(/^[0-9a-f]{8}$/),
  /** Every automatic backup this vault wrote and verified, newest last; only these are ever pruned. */
  written: z.array(z.strictObject({ name: z.string().max(200), seq: z.number().int().nonnegative(), preamble: b64 })).max(1000),
  nextSeq: z.number().int().nonnegative(),
  lastBackupAt: z.string().max(40).nullable(),
});
export type AutoSettings = z.output<typeof settingsSchema>;

export const fileSchema = z.strictObject({
  version: z.literal(2),
  settings: settingsSchema,
  nonce: b64,
  wrapped: b64,
  /** Not bound (it changes when the key cannot be opened); only ever shown as text. */
  lastError: z.string().max(2000).nullable(),
});
export type AutoBackupFile = z.output<typeof fileSchema>;

export const SETTINGS_HASH_BYTES = 32;

/** Key order fixed, so the hash does not depend on how a JSON parser orders fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function settingsHash(settings: AutoSettings): Uint8Array {
  return plainHash(SETTINGS_HASH_BYTES, new TextEncoder().encode(`cairn-auto-backup-settings v2\n${canonical(settings)}`));
}

/** A short fingerprint of a backup's preamble: proves a file in the folder is still the one Cairn wrote. */
export const preambleFingerprint = (preamble: Uint8Array): string => toBase64(plainHash(16, preamble));
