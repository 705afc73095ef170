import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSegment } from '../../../src/shared/domain/segments';
import { ServiceError } from '../dispatch';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Dialogs } from '../services/dialogs';
import { checkKdfParams, DEFAULT_KDF, type KdfParams } from '../vault/header';
import { fromBase64, memzero, randomBytes, toBase64, toHex } from '../vault/sodium';
import type { SealedRow, VaultService } from '../vault/vault-service';
import { fileSchema, preambleFingerprint, settingsHash, SETTINGS_HASH_BYTES, type AutoBackupFile, type AutoSettings } from './auto-settings';
import { decryptBackupWithKey, deriveBackupKey, encryptBackupWithKey } from './crypto';
import { parsePreamble } from './format';
import { decodePayload, describe, encodePayload } from './payload';

export const AUTO_BACKUP_FILE = 'auto-backup.json';
const KEY_LENGTH = 32;

export interface AutoBackupStatus {
  enabled: boolean;
  folder: string | null;
  keep: number;
  lastBackupAt: string | null;
  lastError: string | null;
}

export interface AutoBackupOptions {
  dataDir: string;
  vault: VaultService;
  dialogs: Dialogs;
  app: string;
  kdf?: KdfParams;
  now?: () => Date;
  /** Injected so tests can damage what is written; the real one is atomic. */
  write?: typeof writeFileAtomic;
}

const REFUSED =
  "Cairn did not use its automatic-backup settings: the file auto-backup.json was changed outside Cairn or comes from an older version. No backup was made or deleted. Turn automatic backups on again to go on.";

/** Local calendar day, so "first unlock of each day" follows the user's clock. */
const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
const stamp = (d: Date) => d.toISOString().replace('T', ' ').replace(/:/g, '-').replace(/\..*$/, '');
/** "Cairn auto-backup 3f9a1c2e 2026-12-02 17-45-00 UTC (7).cairnbackup": the tag names this vault, the number the order. */
export const autoBackupName = (tag: string, at: Date, seq: number) => `Cairn auto-backup ${tag} ${stamp(at)} UTC (${seq}).cairnbackup`;

const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

export class AutoBackup {
  /** The latest sealed rows main has seen (every load opens all rows; every save seals one). */
  private rows = new Map<string, Uint8Array>();

  private constructor(
    private readonly options: AutoBackupOptions,
    private file: AutoBackupFile | null,
    /** Why the settings file on disk is not used (edited, or an older layout); shown in Settings. */
    private refusal: string | null,
  ) {}

  static async load(options: AutoBackupOptions): Promise<AutoBackup> {
    let text: string;
    try {
      text = await readFile(join(options.dataDir, AUTO_BACKUP_FILE), 'utf8');
    } catch {
      return new AutoBackup(options, null, null); // no file: automatic backups are off
    }
    let parsed;
    try {
      parsed = fileSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    return parsed?.success ? new AutoBackup(options, parsed.data, null) : new AutoBackup(options, null, REFUSED);
  }

  status(): AutoBackupStatus {
    // While unlocked, a settings file that does not match its sealed hash is refused before anything shows it as on.
    if (this.file && this.options.vault.status().state === 'unlocked') {
      const key = this.openKey();
      if (key) memzero(key);
    }
    const f = this.file;
    return {
      enabled: f !== null,
      folder: f?.settings.folder ?? null,
      keep: f?.settings.keep ?? 10,
      lastBackupAt: f?.settings.lastBackupAt ?? null,
      lastError: f ? f.lastError : this.refusal,
    };
  }

  observe(rows: readonly SealedRow[]): void {
    for (const row of rows) this.rows.set(row.id, row.env);
  }

  /** After a replace-restore the old rows are gone from IndexedDB. */
  resetRows(rows: readonly SealedRow[]): void {
    this.rows = new Map(rows.map((r) => [r.id, r.env]));
  }

  forgetRows(): void {
    this.rows.clear();
  }

  async configure(passphrase: string, separatePassphrase: boolean, keep: number): Promise<AutoBackupStatus> {
    if (separatePassphrase) {
      if ([...passphrase].length < 10) throw new ServiceError('weak_passphrase', 'Choose a backup passphrase of at least 10 characters.');
    } else {
      await this.options.vault.checkPassphrase(passphrase);
    }
    const folder = await this.options.dialogs.chooseFolder({ title: 'Choose a folder for automatic backups' });
    if (!folder) throw new ServiceError('cancelled', 'Automatic backups were not turned on.');
    const kdf = this.kdf;
    const { key, salt } = deriveBackupKey(passphrase, kdf);
    try {
      const settings: AutoSettings = {
        folder,
        keep,
        kdf: { ...kdf, salt: toBase64(salt) },
        usesVaultPassphrase: !separatePassphrase,
        tag: toHex(randomBytes(4)),
        written: [],
        nextSeq: 1,
        lastBackupAt: null,
      };
      this.refusal = null;
      this.seal(settings, key, null);
    } finally {
      memzero(key);
    }
    await this.save();
    await this.run();
    return this.status();
  }

  async disable(): Promise<AutoBackupStatus> {
    this.file = null;
    this.refusal = null;
    await rm(join(this.options.dataDir, AUTO_BACKUP_FILE), { force: true });
    return this.status();
  }

  /**
   * The vault passphrase changed (either way: "Change passphrase", or a new one
   * after the recovery key). When automatic backups use the vault passphrase,
   * the backup key is derived again from the new one, so every later backup
   * opens with the passphrase the person now knows.
   */
  async passphraseChanged(passphrase: string): Promise<void> {
    const file = this.file;
    if (!file || !file.settings.usesVaultPassphrase) return;
    const old = this.openKey();
    if (!old) return; // refused: nothing to carry over
    memzero(old);
    const { key, salt } = deriveBackupKey(passphrase, this.kdf);
    try {
      this.seal({ ...file.settings, kdf: { ...this.kdf, salt: toBase64(salt) } }, key, null);
      await this.save();
    } catch (error) {
      // The passphrase did change; say here what did not follow it rather than fail that change.
      if (this.file) this.file.lastError = `Automatic backups could not switch to the new passphrase: ${(error as Error).message}`;
    } finally {
      memzero(key);
    }
  }

  /**
   * The vault was re-encrypted under a new data key: the backup key and its
   * settings are sealed again under the new one (unwrapSecret still opens the
   * old wrap until the re-encryption is tidied). Throws if the file cannot be
   * saved, so the old key is not forgotten while the file still needs it.
   */
  async rekeyed(): Promise<void> {
    if (!this.file) return;
    const key = this.openKey();
    if (!key) return; // refused: the refusal stays visible in Settings
    try {
      this.seal(this.file.settings, key, this.file.lastError);
    } finally {
      memzero(key);
    }
    await this.save();
  }

  /** On the first unlock of each day. */
  async runIfDue(): Promise<AutoBackupStatus> {
    const last = this.file?.settings.lastBackupAt;
    if (this.file && (!last || localDay(new Date(last)) !== localDay(this.now()))) await this.run();
    return this.status();
  }

  /**
   * Writes one backup, reads it back, and only then prunes old ones. Never
   * throws: a failure is kept in `lastError` for Settings to show, and the
   * previous backups stay.
   */
  async run(): Promise<AutoBackupStatus> {
    // Locked (or never loaded): nothing to back up and no key; the next unlock catches up.
    if (!this.file || this.options.vault.status().state !== 'unlocked' || this.rows.size === 0) return this.status();
    const now = this.now();
    const key = this.openKey();
    if (!key) return this.status();
    const file = this.file;
    try {
      const { settings } = file;
      const { segments, failed } = this.options.vault.open([...this.rows].map(([id, env]) => ({ id, env })));
      if (failed.length > 0) throw new Error(`${failed.length} part(s) of the journal could not be decrypted`);
      const records = segments.flatMap((s) => decodeSegment(s.data)).sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
      const createdAt = now.toISOString();
      const salt = fromBase64(settings.kdf.salt) ?? new Uint8Array();
      checkKdfParams(settings.kdf);
      // The number, not the clock, orders backups; it also keeps a clock set back from reusing a name.
      let seq = settings.nextSeq;
      while (await exists(join(settings.folder, autoBackupName(settings.tag, now, seq)))) seq++;
      const name = autoBackupName(settings.tag, now, seq);
      const path = join(settings.folder, name);
      await (this.options.write ?? writeFileAtomic)(path, encryptBackupWithKey(encodePayload(describe(records, this.options.app, createdAt), records), key, { ...settings.kdf, salt }, createdAt));
      const preamble = await verify(path, key, records.length).catch((error: Error) => {
        throw new Error(`the new backup "${name}" could not be read back (${error.message}); no older backup was deleted`);
      });
      const written = [...settings.written, { name, seq, preamble }];
      const next: AutoSettings = { ...settings, written: await this.prune(settings.folder, written, settings.keep), nextSeq: seq + 1, lastBackupAt: createdAt };
      this.seal(next, key, null);
    } catch (error) {
      file.lastError = `${now.toLocaleString()}: ${(error as Error).message}`;
    } finally {
      memzero(key);
    }
    await this.save().catch(() => {});
    return this.status();
  }

  /**
   * Keeps the newest `keep` backups by write order (the newest, just verified,
   * always stays). Deletes only files this vault wrote whose header still has
   * the fingerprint recorded when it was written; returns the list that remains.
   */
  private async prune(folder: string, written: AutoSettings['written'], keep: number): Promise<AutoSettings['written']> {
    const newestFirst = [...written].sort((a, b) => b.seq - a.seq);
    const kept = newestFirst.slice(0, keep);
    for (const old of newestFirst.slice(keep)) {
      const path = join(folder, old.name);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(path));
      } catch (error) {
        // Gone already: forget it. Unreadable for now (a syncing folder): try again next time.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') kept.push(old);
        continue;
      }
      let same = false;
      try {
        same = preambleFingerprint(parsePreamble(bytes).preamble) === old.preamble;
      } catch {
        same = false;
      }
      // Replaced by something else under our name: not ours any more, so never deleted.
      if (same) await rm(path, { force: true });
    }
    return kept.sort((a, b) => a.seq - b.seq);
  }

  /** The backup key, if the vault is open and the settings still match what was sealed with it. */
  private openKey(): Uint8Array | null {
    const file = this.file;
    if (!file) return null;
    const secret = this.options.vault.unwrapSecret(fromBase64(file.nonce) ?? new Uint8Array(), fromBase64(file.wrapped) ?? new Uint8Array());
    const expected = settingsHash(file.settings);
    const ok = secret !== null && secret.length === KEY_LENGTH + SETTINGS_HASH_BYTES && expected.every((b, i) => secret[KEY_LENGTH + i] === b);
    if (!ok) {
      if (secret) memzero(secret);
      this.file = null;
      this.refusal = REFUSED;
      return null;
    }
    const key = secret.slice(0, KEY_LENGTH);
    memzero(secret);
    return key;
  }

  private seal(settings: AutoSettings, key: Uint8Array, lastError: string | null): void {
    const secret = concat(key, settingsHash(settings));
    try {
      const { nonce, wrapped } = this.options.vault.wrapSecret(secret);
      this.file = { version: 2, settings, nonce: toBase64(nonce), wrapped: toBase64(wrapped), lastError };
    } finally {
      memzero(secret);
    }
  }

  private save(): Promise<void> {
    return writeFileAtomic(join(this.options.dataDir, AUTO_BACKUP_FILE), JSON.stringify(this.file, null, 2));
  }

  private get kdf(): KdfParams {
    return this.options.kdf ?? DEFAULT_KDF;
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Reads a just-written backup back with its key: it must open and hold every record. Returns its fingerprint. */
async function verify(path: string, key: Uint8Array, total: number): Promise<string> {
  const bytes = new Uint8Array(await readFile(path));
  const { payload } = decryptBackupWithKey(bytes, key);
  const { records } = decodePayload(payload);
  if (records.length !== total) throw new Error(`it holds ${records.length} of ${total} records`);
  return preambleFingerprint(parsePreamble(bytes).preamble);
}
