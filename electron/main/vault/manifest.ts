import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { openSegment, rowIdFor, sealSegment } from './envelope';
import type { KeyRing } from './keyring';
import { deriveSubkey, keyedHash, memzero, toBase64 } from './sodium';

/*
 * Rollback and deletion evidence. The envelope's associated data binds a row
 * to its id only, so an older sealed copy of a row, or a row deleted outright,
 * would still open. So one more sealed row, the manifest, lists every row's
 * hash under a generation number, and vault.json holds that generation with a
 * MAC under a subkey of the data key:
 *   - a row whose hash is not the listed one (an older copy put back), a row
 *     not listed (added), a listed row that is gone (deleted) are reported;
 *   - a manifest older than the header's generation (IndexedDB put back) is
 *     reported;
 *   - an edited generation in vault.json does not verify, so unlock refuses.
 * What this cannot see: IndexedDB and vault.json rolled back together to an
 * older, self-consistent copy (docs/security.md says so).
 *
 * Hashes are SHA-256 of the stored envelope bytes (of the base64 text, for a
 * row stored before binary envelopes and not yet converted: the manifests of
 * that time list those): the page computes the same
 * with WebCrypto (src/renderer/db/row-hash.ts), so it can name rows by hash
 * without sending 10 MB of envelopes to main a second time. Hashing only: one
 * row, ~70 bytes per listed row, nothing to decrypt twice.
 */

/** Reserved segment name: main refuses to seal it for the page (vault-service.ts). */
export const MANIFEST_SEGMENT = 'cairn:manifest';

export interface Manifest {
  generation: number;
  /** row id → SHA-256 hex of its envelope bytes (or of its base64 text, for a row from before binary envelopes). */
  rows: Map<string, string>;
}

export const rowHash = (env: Uint8Array): string => createHash('sha256').update(env).digest('hex');

/**
 * What the page reports for a manifest row still stored as base64 text (a
 * vault from before binary envelopes): the hash of that text. Main met the
 * row's bytes, so it keys the manifest it opened under both names.
 */
export const textRowHash = (env: Uint8Array): string => createHash('sha256').update(toBase64(env), 'utf8').digest('hex');

export const manifestIdFor = (keys: KeyRing): string => rowIdFor(MANIFEST_SEGMENT, keys.rowIdKey);

const stored = z.strictObject({
  generation: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  rows: z.array(z.tuple([z.string().max(64), z.string().regex(/^[0-9a-f]{64}$/)])),
});

export function sealManifest(manifest: Manifest, keys: KeyRing): { id: string; env: Uint8Array } {
  const id = manifestIdFor(keys);
  const data = JSON.stringify({ generation: manifest.generation, rows: [...manifest.rows] });
  return { id, env: sealSegment(MANIFEST_SEGMENT, data, id, keys.envKey) };
}

/** The manifest in `env`, or null when it does not open or is not a manifest (reported as damaged). */
export function openManifest(env: Uint8Array, keys: KeyRing): Manifest | null {
  const opened = openSegment(manifestIdFor(keys), env, keys.envKey, keys.rowIdKey);
  if (!opened.ok || opened.name !== MANIFEST_SEGMENT) return null;
  try {
    const parsed = stored.safeParse(JSON.parse(opened.data));
    return parsed.success ? { generation: parsed.data.generation, rows: new Map(parsed.data.rows) } : null;
  } catch {
    return null;
  }
}

const GENERATION_AD = 'cairn-vault/v1/generation/';

/** MAC of the header's generation under a subkey of the data key: only a holder of the key can change it. */
export function generationMac(generation: number, dataKey: Uint8Array): Uint8Array {
  const key = deriveSubkey(dataKey, 3, 'CairnGen');
  try {
    return keyedHash(32, new TextEncoder().encode(`${GENERATION_AD}${generation}`), key);
  } finally {
    memzero(key);
  }
}

export function generationVerifies(generation: { value: number; mac: Uint8Array }, dataKey: Uint8Array): boolean {
  const expected = generationMac(generation.value, dataKey);
  return expected.length === generation.mac.length && timingSafeEqual(expected, generation.mac);
}

export type ManifestProblem = 'absent' | 'damaged' | 'older' | 'header-older';

export interface ManifestCheck {
  /** Present, but not the version the manifest lists (an older copy put back, or altered). */
  changed: string[];
  /** Present, but not listed (added from elsewhere). */
  unlisted: string[];
  /** Listed, but gone. */
  missing: string[];
  problem: ManifestProblem | null;
  /** The manifest to build on from now on. */
  base: Manifest;
  /** The manifest is one generation ahead of vault.json: a crash came between the two writes; vault.json catches up. */
  headerBehind: boolean;
}

/**
 * Compares the rows found (id → hash, the manifest row itself left out) with
 * the manifest (undefined: no manifest row; null: it did not open) and the
 * header's generation (null: a vault from before manifests).
 */
export function checkManifest(found: Map<string, string>, manifest: Manifest | null | undefined, headerGeneration: number | null): ManifestCheck {
  const none = { changed: [], unlisted: [], missing: [], headerBehind: false };
  if (manifest === undefined && headerGeneration === null) {
    // A vault from before manifests (format 1 as first shipped): the rows found become the first manifest.
    return { ...none, problem: null, base: { generation: 0, rows: new Map(found) } };
  }
  const h = headerGeneration ?? 0;
  // A new vault (generation 0) has an empty manifest until its first save: any row found is then unlisted.
  if (manifest === undefined && h === 0) manifest = { generation: 0, rows: new Map() };
  // Without a trusted list nothing can be checked row by row: the rows are opened, the person is told.
  if (manifest === undefined) return { ...none, problem: 'absent', base: { generation: h, rows: new Map(found) } };
  if (manifest === null) return { ...none, problem: 'damaged', base: { generation: h, rows: new Map(found) } };
  if (manifest.generation < h) return { ...none, problem: 'older', base: { generation: h, rows: new Map(found) } };
  const changed: string[] = [];
  const unlisted: string[] = [];
  for (const [id, hash] of found) {
    const listed = manifest.rows.get(id);
    if (listed === undefined) unlisted.push(id);
    else if (listed !== hash) changed.push(id);
  }
  const missing = [...manifest.rows.keys()].filter((id) => !found.has(id));
  /*
   * Every write commits rows + manifest (generation g+1) in one IndexedDB
   * transaction and only then writes vault.json (g+1). A crash in between
   * leaves the manifest exactly one ahead: that is a normal state, not an
   * attack (an attacker cannot make a newer manifest), so it is accepted and
   * vault.json is brought forward. Refusing it would lock the person out of
   * their own last save. Further ahead means vault.json itself was put back.
   */
  const ahead = manifest.generation - h;
  return {
    changed,
    unlisted,
    missing,
    problem: ahead > 1 ? 'header-older' : null,
    base: manifest,
    headerBehind: ahead >= 1,
  };
}
