import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceError } from '../dispatch';
import type { VaultState } from '../../../src/shared/contract';
import { ATTEMPTS_FILE, UnlockAttempts } from './attempts';
import { isWellFormed, openSegment, rowIdFor, sealSegment } from './envelope';
import { checkKdfParams, DEFAULT_KDF, type KdfParams, type VaultHeader } from './header';
import { headerFileExists, readHeaderFile, writeHeaderFile } from './header-file';
import { KeyRing } from './keyring';
import {
  checkManifest,
  generationMac,
  generationVerifies,
  MANIFEST_SEGMENT,
  manifestIdFor,
  openManifest,
  rowHash,
  textRowHash,
  sealManifest,
  type Manifest,
  type ManifestProblem,
} from './manifest';
import { newPassphraseSlot, newRecoverySlot, openPassphraseSlot, openRecoverySlot } from './keyslots';
import { encodeRecoveryKey, normaliseRecoveryKey, readRecoveryKey } from './recovery-key';
import { openTransition, resealRow, wrapTransition } from './rekey';
import { aeadOpen, aeadSeal, deriveSubkey, initSodium, KEY_BYTES, memzero, randomBytes } from './sodium';

const WRAP_AD = new TextEncoder().encode('cairn-vault/v1/auto-backup-key');

export type LockReason = 'user' | 'idle' | 'os';

export interface VaultServiceOptions {
  /** Folder holding vault.json (header) and unlock-attempts.json. */
  dataDir: string;
  /** Called after every lock, whatever caused it. */
  onLocked?: (reason: LockReason) => void;
  /** Injected clock for throttling tests. */
  now?: () => number;
  /** Argon2id cost for new passphrase slots (tests use the minimum); still held to the header bounds. */
  kdf?: KdfParams;
}

export interface VaultStatus {
  state: VaultState;
  unlockedAt: number | null;
  retryAfterMs: number;
}

export interface SealedRow {
  id: string;
  /** The envelope's bytes (envelope.ts). */
  env: Uint8Array;
}

export interface OpenedRows {
  segments: OpenedSegment[];
  failed: { id: string; message: string }[];
  /** Copies left by an unfinished re-encryption (sealed under the other key): to delete, not damage. */
  leftover: string[];
}

export interface OpenedSegment {
  id: string;
  name: string;
  data: string;
}

/** What vault.verify reports to the page (manifest.ts explains the checks). */
export interface VerifyReport {
  changed: string[];
  unlisted: string[];
  missing: number;
  problem: ManifestProblem | null;
  /** A first manifest (vault from before manifests) for the page to store, then confirm with commitManifest. */
  write: StagedManifest | null;
}

export interface StagedManifest {
  manifest: SealedRow;
  generation: number;
}

const MIN_PASSPHRASE = 10;
const WRONG_PASSPHRASE = 'That passphrase did not open the vault.';
const WRONG_RECOVERY_KEY = 'That recovery key did not open the vault.';

/** The recovery key's bytes; a typo or a non-key is refused here, before it could count as an attempt. */
function readRecoveryKeyOrThrow(input: string): Uint8Array {
  const reading = readRecoveryKey(input);
  if (reading.ok) return reading.bytes;
  throw new ServiceError(
    'invalid_request',
    reading.reason === 'typo'
      ? 'That recovery key has a typo: compare each group with your copy. This did not count as a wrong attempt.'
      : 'That is not a Cairn recovery key: it has 56 letters and digits in groups of 4 (older keys have 52).',
  );
}

function requireStrong(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE) {
    throw new ServiceError('weak_passphrase', `Choose a passphrase of at least ${MIN_PASSPHRASE} characters.`);
  }
}

/**
 * The main-process vault: owns the header, the keys and the unlock state. The
 * data key never leaves this object; the renderer only ever sees sealed rows.
 */
export class VaultService {
  private state: VaultState;
  private keys: KeyRing | null = null;
  /** While vault.json records an unfinished re-encryption: the other data key (see rekey.ts). */
  private other: KeyRing | null = null;
  /** Between rekeyStart and rekeyCommit: the new key and the slots that will wrap it. */
  private rekeying: {
    next: KeyRing;
    slots: Pick<VaultHeader, 'passphrase' | 'recovery'>;
    recoveryKey: string;
    /** id → hash of every row re-sealed under the new key, for its manifest. */
    rows: Map<string, string>;
    manifest: Manifest | null;
  } | null = null;
  /** The manifest as last committed to IndexedDB (null until the page has verified the rows after an unlock). */
  private manifest: Manifest | null = null;
  /** Staged by stageManifest, not yet confirmed stored by the page. */
  private pending: Manifest | null = null;
  /**
   * Manifest rows open() met since the last verify, by hash (null: it did not open). More than one when
   * an automatic backup opens its own, older, copy of the rows meanwhile; verify picks the page's by hash.
   */
  private seenManifests = new Map<string, Manifest | null>();
  /** Listed rows found missing at the last verify: a replace restore stops listing them. */
  private missing = new Set<string>();
  private unlockedAt: number | null = null;
  /** Bumped by lock(), so a create() whose header write was in flight does not reopen a vault locked meanwhile. */
  private epoch = 0;
  /** State-changing calls run one at a time (they await disk writes). */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: VaultServiceOptions,
    private readonly attempts: UnlockAttempts,
    private header: VaultHeader | null,
    /** Why vault.json exists but cannot be used; reported on every unlock attempt. */
    private readonly headerError: ServiceError | null,
  ) {
    this.state = header || headerError ? 'locked' : 'none';
  }

  static async load(options: VaultServiceOptions): Promise<VaultService> {
    await initSodium();
    if (options.kdf) checkKdfParams(options.kdf);
    const now = (options.now ?? Date.now)();
    const attempts = await UnlockAttempts.load(join(options.dataDir, ATTEMPTS_FILE), now);
    const { header, error } = await readHeaderFile(options.dataDir);
    return new VaultService(options, attempts, header, error);
  }

  status(): VaultStatus {
    return { state: this.state, unlockedAt: this.unlockedAt, retryAfterMs: this.attempts.retryAfterMs(this.now()) };
  }

  create(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
      if (this.state !== 'none') throw new ServiceError('conflict', 'A vault already exists here. Unlock it instead.');
      requireStrong(passphrase);
      const epoch = this.epoch;
      const dataKey = randomBytes(KEY_BYTES);
      const { slot: recovery, recoveryKey: keyBytes } = newRecoverySlot(dataKey);
      const header: VaultHeader = {
        passphrase: await newPassphraseSlot(passphrase, dataKey, this.kdf),
        recovery,
        generation: { value: 0, mac: generationMac(0, dataKey) },
      };
      const recoveryKey = encodeRecoveryKey(keyBytes);
      memzero(keyBytes);
      try {
        await mkdir(this.options.dataDir, { recursive: true });
        if (await headerFileExists(this.options.dataDir)) {
          throw new ServiceError('conflict', 'A vault file already exists in the data folder. Restart Cairn to open it.');
        }
        await writeHeaderFile(this.options.dataDir, header);
      } catch (error) {
        memzero(dataKey);
        throw error;
      }
      this.header = header;
      this.state = 'locked';
      // Locked while saving: the vault exists, so the recovery key must still be shown.
      if (epoch !== this.epoch) memzero(dataKey);
      else {
        this.enter('unlocked', dataKey);
        // A new vault: an empty manifest at generation 0, nothing to verify.
        this.manifest = { generation: 0, rows: new Map() };
      }
      return { recoveryKey };
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.serial(async () => {
      const header = this.requireHeader();
      this.requireNotThrottled();
      const epoch = this.epoch;
      const dataKey = await openPassphraseSlot(passphrase, header.passphrase);
      if (!dataKey) return this.wrongSecret(WRONG_PASSPHRASE);
      // Argon2 runs off the main thread now, so an OS lock can arrive meanwhile: it wins.
      if (epoch !== this.epoch) {
        memzero(dataKey);
        throw new ServiceError('locked', 'Cairn locked while unlocking. Unlock again.');
      }
      this.enter('unlocked', dataKey);
      await this.attempts.reset();
    });
  }

  unlockWithRecoveryKey(recoveryKey: string): Promise<void> {
    return this.serial(async () => {
      const header = this.requireHeader();
      // A typo is caught by the check characters before anything is tried: it is not a wrong attempt.
      const keyBytes = readRecoveryKeyOrThrow(recoveryKey);
      this.requireNotThrottled();
      const dataKey = openRecoverySlot(keyBytes, header.recovery);
      memzero(keyBytes);
      if (!dataKey) return this.wrongSecret(WRONG_RECOVERY_KEY);
      this.enter('recovery', dataKey);
      await this.attempts.reset();
    });
  }

  setNewPassphrase(passphrase: string): Promise<void> {
    return this.serial(async () => {
      if (this.state === 'unlocked') throw new ServiceError('conflict', 'The vault is open: use "Change passphrase" instead.');
      if (this.state !== 'recovery' || !this.keys || !this.header) {
        throw new ServiceError('locked', 'Open the vault with your recovery key first.');
      }
      requireStrong(passphrase);
      await this.replacePassphraseSlot(passphrase, this.keys.dataKey, this.header);
      // Still unlocked in recovery mode (a lock during the write would have zeroed the keys).
      if (this.state === 'recovery') {
        this.state = 'unlocked';
        this.unlockedAt = this.now();
      }
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      this.requireOpen();
      this.requireNotRekeying();
      const header = this.requireHeader();
      requireStrong(next);
      this.requireNotThrottled();
      const checked = await openPassphraseSlot(current, header.passphrase);
      if (!checked) return this.wrongSecret(WRONG_PASSPHRASE);
      memzero(checked); // same bytes as the held data key; only the proof was needed
      await this.attempts.reset();
      // Only the passphrase slot is rewrapped: no record and no recovery slot changes.
      await this.replacePassphraseSlot(next, this.requireOpen().dataKey, header);
    });
  }

  /**
   * Replaces the recovery slot with one for a fresh recovery key, shown once.
   * The old recovery key stops opening this vault.json (a copy of the old
   * vault.json still opens with it: re-encrypting with a new key is what ends that).
   */
  newRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
      const keys = this.requireOpen();
      this.requireNotRekeying();
      const header = this.requireHeader();
      this.requireNotThrottled();
      const checked = await openPassphraseSlot(passphrase, header.passphrase);
      if (!checked) return this.wrongSecret(WRONG_PASSPHRASE);
      memzero(checked);
      await this.attempts.reset();
      const { slot: recovery, recoveryKey: keyBytes } = newRecoverySlot(keys.dataKey);
      const recoveryKey = encodeRecoveryKey(keyBytes);
      memzero(keyBytes);
      const updated: VaultHeader = { ...header, recovery };
      await writeHeaderFile(this.options.dataDir, updated);
      this.header = updated;
      return { recoveryKey };
    });
  }

  /** Proves the person at the keyboard knows the passphrase (export asks again); throttled like unlock. */
  checkPassphrase(passphrase: string): Promise<void> {
    return this.serial(async () => {
      this.requireOpen();
      const header = this.requireHeader();
      this.requireNotThrottled();
      const key = await openPassphraseSlot(passphrase, header.passphrase);
      if (!key) return this.wrongSecret(WRONG_PASSPHRASE);
      memzero(key);
      this.unlockedAt = this.now();
      await this.attempts.reset();
    });
  }

  /** Wraps a secret (the automatic-backup key) under a subkey of the data key, so it opens only while unlocked. */
  wrapSecret(secret: Uint8Array): { nonce: Uint8Array; wrapped: Uint8Array } {
    const key = deriveSubkey(this.requireOpen().dataKey, 1, 'CairnBak');
    try {
      const { nonce, ciphertext } = aeadSeal(secret, WRAP_AD, key);
      return { nonce, wrapped: ciphertext };
    } finally {
      memzero(key);
    }
  }

  /** Tries the other key of an unfinished re-encryption too, so the automatic-backup key is carried across it. */
  unwrapSecret(nonce: Uint8Array, wrapped: Uint8Array): Uint8Array | null {
    for (const ring of [this.requireOpen(), this.other]) {
      if (!ring) continue;
      const key = deriveSubkey(ring.dataKey, 1, 'CairnBak');
      try {
        const secret = aeadOpen(wrapped, WRAP_AD, nonce, key);
        if (secret) return secret;
      } finally {
        memzero(key);
      }
    }
    return null;
  }

  lock(reason: LockReason): void {
    this.epoch++;
    this.keys?.zero();
    this.keys = null;
    this.dropOther();
    this.manifest = null;
    this.pending = null;
    this.seenManifests.clear();
    this.missing = new Set();
    this.unlockedAt = null;
    if (this.state !== 'none') this.state = 'locked';
    this.options.onLocked?.(reason);
  }

  seal(segments: { name: string; data: string }[]): SealedRow[] {
    const { envKey, rowIdKey } = this.requireOpen();
    // A row sealed now under the old key would be missing from the new set.
    this.requireNotRekeying();
    for (const { name, data } of segments) {
      if (!name || name === MANIFEST_SEGMENT || !isWellFormed(name) || !isWellFormed(data) || new TextEncoder().encode(name).length > 0xffff) {
        throw new ServiceError('invalid_request', 'A segment name or its data is not valid text; nothing was sealed.');
      }
    }
    return segments.map(({ name, data }) => {
      const id = rowIdFor(name, rowIdKey);
      return { id, env: sealSegment(name, data, id, envKey) };
    });
  }

  open(rows: SealedRow[]): OpenedRows {
    const keys = this.requireOpen();
    const { envKey, rowIdKey } = keys;
    const other = this.other;
    const segments: OpenedSegment[] = [];
    const failed: { id: string; message: string }[] = [];
    const leftover: string[] = [];
    const manifestId = manifestIdFor(keys);
    for (const { id, env } of rows) {
      if (id === manifestId) {
        // Never a segment of records: kept for verify(), which the page calls once every row is open.
        const manifest = openManifest(env, keys);
        this.seenManifests.set(rowHash(env), manifest);
        // The page names a manifest row it still stores as base64 text by that text's hash.
        this.seenManifests.set(textRowHash(env), manifest);
        continue;
      }
      const result = openSegment(id, env, envKey, rowIdKey);
      if (result.ok) segments.push({ id, name: result.name, data: result.data });
      else if (other && openSegment(id, env, other.envKey, other.rowIdKey).ok) leftover.push(id);
      else failed.push({ id, message: result.message });
    }
    return { segments, failed, leftover };
  }

  /**
   * After an unlock the page has opened every row and sends each one's hash
   * (leftovers of a re-encryption left out, the manifest row included): the
   * rows are checked against the manifest open() met and vault.json's
   * generation (manifest.ts). Rows reported changed or unlisted must not be
   * shown as current; the page keeps them like damaged rows.
   */
  verify(found: { id: string; hash: string }[]): Promise<VerifyReport> {
    return this.serial(async () => {
      const keys = this.requireOpen();
      const header = this.requireHeader();
      const manifestId = manifestIdFor(keys);
      const rows = new Map(found.map(({ id, hash }) => [id, hash]));
      const listedHash = rows.get(manifestId);
      rows.delete(manifestId);
      // Only the manifest open() met and whose hash the page reports now: never one from an earlier read.
      const seen = listedHash === undefined ? undefined : (this.seenManifests.get(listedHash) ?? null);
      this.seenManifests.clear();
      const check = checkManifest(rows, seen, header.generation?.value ?? null);
      this.manifest = check.base;
      this.pending = null;
      this.missing = new Set(check.missing);
      if (check.headerBehind) await this.writeGeneration(check.base.generation);
      let write: StagedManifest | null = null;
      if (listedHash === undefined && !header.generation) {
        // A vault from before manifests: its first manifest, stored by the page and then confirmed.
        const first = { generation: 1, rows: check.base.rows };
        this.pending = first;
        write = { manifest: sealManifest(first, keys), generation: 1 };
      }
      return { changed: check.changed, unlisted: check.unlisted, missing: check.missing.length, problem: check.problem, write };
    });
  }

  /**
   * The next manifest for a write: the committed one with `put` rows (id →
   * hash of the envelope the page will store) and without `removed` ones.
   * `replace` (a replace restore) also stops listing rows found missing. The
   * page stores it in the same IndexedDB transaction as the rows, then calls
   * commitManifest.
   */
  stageManifest(put: { id: string; hash: string }[], removed: string[], replace: boolean): StagedManifest {
    const keys = this.requireOpen();
    this.requireNotRekeying();
    if (!this.manifest) throw new ServiceError('conflict', 'Cairn has not finished opening your journal. Try again in a moment.');
    const rows = new Map(this.manifest.rows);
    if (replace) for (const id of this.missing) rows.delete(id);
    for (const id of removed) rows.delete(id);
    for (const { id, hash } of put) rows.set(id, hash);
    this.pending = { generation: this.manifest.generation + 1, rows };
    return { manifest: sealManifest(this.pending, keys), generation: this.pending.generation };
  }

  /** The page has stored the staged manifest: it becomes current, then vault.json records its generation. */
  commitManifest(generation: number): Promise<void> {
    return this.serial(async () => {
      this.requireOpen();
      if (!this.pending || this.pending.generation !== generation) {
        throw new ServiceError('conflict', 'That change was not the one Cairn prepared. Lock Cairn and unlock it again.');
      }
      this.manifest = this.pending;
      this.pending = null;
      const listed = this.manifest.rows;
      this.missing = new Set([...this.missing].filter((id) => listed.has(id)));
      // If this write fails the manifest is still one ahead of vault.json: the next unlock accepts that and repairs it.
      await this.writeGeneration(generation);
    });
  }

  /**
   * Step 1 of re-encrypting everything (rekey.ts): checks the passphrase
   * (throttled), makes the new data key and its two slots (a new recovery key,
   * shown after the commit), and records the new key in vault.json under the
   * old one. Sealing is refused until rekeyCommit or rekeyTidy.
   */
  rekeyStart(passphrase: string): Promise<void> {
    return this.serial(async () => {
      const keys = this.requireOpen();
      this.requireNotRekeying();
      const header = this.requireHeader();
      if (header.transition) {
        throw new ServiceError('conflict', 'An earlier re-encryption is still being tidied up. Lock Cairn, unlock it and try again.');
      }
      this.requireNotThrottled();
      const checked = await openPassphraseSlot(passphrase, header.passphrase);
      if (!checked) return this.wrongSecret(WRONG_PASSPHRASE);
      memzero(checked);
      await this.attempts.reset();
      const epoch = this.epoch;
      const newKey = randomBytes(KEY_BYTES);
      const passphraseSlot = await newPassphraseSlot(passphrase, newKey, this.kdf);
      if (epoch !== this.epoch) {
        memzero(newKey);
        throw new ServiceError('locked', 'Cairn locked before re-encrypting began. Nothing changed.');
      }
      const { slot: recovery, recoveryKey: keyBytes } = newRecoverySlot(newKey);
      const recoveryKey = encodeRecoveryKey(keyBytes);
      memzero(keyBytes);
      const pending: VaultHeader = { ...header, transition: wrapTransition('pending', newKey, keys.dataKey) };
      const next = new KeyRing(newKey);
      try {
        await writeHeaderFile(this.options.dataDir, pending);
      } catch (error) {
        next.zero();
        throw error;
      }
      this.header = pending;
      if (epoch !== this.epoch) {
        // Locked during the write: the header is safe (the old key still opens everything); the new key is gone.
        next.zero();
        throw new ServiceError('locked', 'Cairn locked before re-encrypting began. Nothing changed.');
      }
      this.other = next;
      this.rekeying = { next, slots: { passphrase: passphraseSlot, recovery }, recoveryKey, rows: new Map(), manifest: null };
    });
  }

  /** Step 2: rows opened under the current key and sealed under the new one (new ids). Refuses if any row does not open. */
  rekeyRows(rows: SealedRow[]): SealedRow[] {
    const keys = this.requireOpen();
    const rekeying = this.requireRekeying();
    const manifestId = manifestIdFor(keys);
    const out: SealedRow[] = [];
    let failed = 0;
    for (const row of rows) {
      // The old manifest is not carried over: rekeyManifest lists the new rows under the new key.
      if (row.id === manifestId) continue;
      const result = resealRow(row, keys, rekeying.next);
      if (result.ok) out.push({ id: result.id, env: result.env });
      else failed++;
    }
    if (failed > 0) {
      throw new ServiceError(
        'tampered',
        `${failed} part${failed === 1 ? '' : 's'} of your journal could not be decrypted, so Cairn cannot re-encrypt ${failed === 1 ? 'it' : 'them'}. Nothing was changed.`,
      );
    }
    for (const row of out) rekeying.rows.set(row.id, rowHash(row.env));
    return out;
  }

  /**
   * Step 2, last part: the manifest of every re-sealed row, sealed under the
   * new key, one generation on. The page stores it in the same transaction as
   * the new rows; rekeyCommit writes its generation into the new vault.json.
   */
  rekeyManifest(): SealedRow {
    this.requireOpen();
    const rekeying = this.requireRekeying();
    if (!this.manifest) throw new ServiceError('conflict', 'Cairn has not finished opening your journal. Try again in a moment.');
    rekeying.manifest = { generation: this.manifest.generation + 1, rows: new Map(rekeying.rows) };
    return sealManifest(rekeying.manifest, rekeying.next);
  }

  /**
   * Step 3, once the page has stored the new rows: vault.json switches to the
   * new slots (the old key kept wrapped under the new one until rekeyTidy).
   * From here the new key seals and opens; the old passphrase slot and old
   * recovery key are gone from vault.json. Returns the new recovery key, shown once.
   */
  rekeyCommit(): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
      const keys = this.requireOpen();
      const { next, slots, recoveryKey, manifest } = this.requireRekeying();
      if (!manifest) throw new ServiceError('conflict', 'The new key\'s list of rows was not stored. Nothing was changed.');
      const header: VaultHeader = {
        ...slots,
        transition: wrapTransition('retired', keys.dataKey, next.dataKey),
        // The new manifest's generation, under the new key: the old key no longer vouches for anything.
        generation: { value: manifest.generation, mac: generationMac(manifest.generation, next.dataKey) },
      };
      await writeHeaderFile(this.options.dataDir, header);
      this.header = header;
      this.rekeying = null;
      this.keys = next;
      this.other = keys;
      this.manifest = manifest;
      this.pending = null;
      return { recoveryKey };
    });
  }

  /**
   * Steps 5 (or the clean-up after a stop): the page has deleted every leftover
   * row, so vault.json forgets the other key. Does nothing when no re-encryption is unfinished.
   */
  rekeyTidy(): Promise<void> {
    return this.serial(async () => {
      this.requireOpen();
      const header = this.requireHeader();
      if (header.transition) {
        const settled: VaultHeader = {
          passphrase: header.passphrase,
          recovery: header.recovery,
          ...(header.generation && { generation: header.generation }),
        };
        await writeHeaderFile(this.options.dataDir, settled);
        this.header = settled;
      }
      this.dropOther();
    });
  }

  /** True while vault.json records an unfinished re-encryption (the page then tidies after loading). */
  get rekeyUnfinished(): boolean {
    return this.header?.transition !== undefined;
  }

  /** Recovery keys are Crockford base32; returns the canonical grouped form or null. */
  static normaliseRecoveryKey(input: string): string | null {
    return normaliseRecoveryKey(input);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private get kdf(): KdfParams {
    return this.options.kdf ?? DEFAULT_KDF;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private requireHeader(): VaultHeader {
    if (this.headerError) throw this.headerError;
    if (!this.header) throw new ServiceError('conflict', 'There is no vault yet. Create one first.');
    return this.header;
  }

  private requireOpen(): KeyRing {
    if (this.state === 'recovery') {
      throw new ServiceError('locked', 'Choose a new passphrase first: the vault was opened with the recovery key.');
    }
    if (this.state !== 'unlocked' || !this.keys) throw new ServiceError('locked', 'The vault is locked. Unlock it first.');
    return this.keys;
  }

  private requireRekeying(): NonNullable<VaultService['rekeying']> {
    if (!this.rekeying) throw new ServiceError('conflict', 'No re-encryption is in progress. Start again from Settings.');
    return this.rekeying;
  }

  private requireNotRekeying(): void {
    if (this.rekeying) throw new ServiceError('conflict', 'Cairn is re-encrypting your journal. Try again when it has finished.');
  }

  private dropOther(): void {
    this.other?.zero();
    this.other = null;
    this.rekeying = null;
  }

  /** Refuses before any Argon2 work while wrong-secret throttling is in force. */
  private requireNotThrottled(): void {
    const wait = this.attempts.retryAfterMs(this.now());
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new ServiceError('rate_limited', `Too many wrong attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`);
    }
  }

  private async wrongSecret(message: string): Promise<never> {
    await this.attempts.recordFailure(this.now());
    throw new ServiceError('wrong_secret', message);
  }

  /** Takes ownership of `dataKey`. Callers run it synchronously after deriving, so no lock() can slip in between. */
  private enter(state: 'unlocked' | 'recovery', dataKey: Uint8Array): void {
    const generation = this.header?.generation;
    if (generation && !generationVerifies(generation, dataKey)) {
      // The key is right (its slot opened) but the counter was not written by it: vault.json was edited.
      memzero(dataKey);
      throw new ServiceError(
        'tampered',
        'The vault header (vault.json) is damaged or was altered: its record of how many changes were saved does not match. Nothing was changed.',
      );
    }
    this.keys?.zero();
    this.dropOther();
    this.keys = new KeyRing(dataKey);
    // An unfinished re-encryption: the other key too, so its rows are known leftovers (a forged slot opens nothing).
    const transition = this.header?.transition;
    const otherKey = transition ? openTransition(transition, dataKey) : null;
    if (otherKey) this.other = new KeyRing(otherKey);
    this.state = state;
    this.unlockedAt = this.now();
  }

  /** Records the manifest's generation in vault.json, with its MAC under the current data key. */
  private async writeGeneration(value: number): Promise<void> {
    const header = this.requireHeader();
    const dataKey = this.requireOpen().dataKey;
    const updated: VaultHeader = { ...header, generation: { value, mac: generationMac(value, dataKey) } };
    await writeHeaderFile(this.options.dataDir, updated);
    this.header = updated;
  }

  private async replacePassphraseSlot(passphrase: string, dataKey: Uint8Array, header: VaultHeader): Promise<void> {
    const epoch = this.epoch;
    const slot = await newPassphraseSlot(passphrase, dataKey, this.kdf);
    // A lock during the derivation zeroed dataKey: the slot would wrap zeros, so write nothing.
    if (epoch !== this.epoch) throw new ServiceError('locked', 'Cairn locked before the new passphrase was saved. Nothing changed.');
    const updated: VaultHeader = { ...header, passphrase: slot };
    await writeHeaderFile(this.options.dataDir, updated);
    this.header = updated;
  }
}
