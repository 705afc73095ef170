import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { decodeSegment } from '../../../src/shared/domain/segments';
import { ServiceError } from '../dispatch';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Dialogs } from '../services/dialogs';
import { checkKdfParams, DEFAULT_KDF, type KdfParams } from '../vault/header';
import { fromBase64, memzero, toBase64 } from '../vault/sodium';
import type { SealedRow, VaultService } from '../vault/vault-service';
import { deriveBackupKey, encryptBackupWithKey } from './crypto';
import { describe, encodePayload } from './payload';

export const AUTO_BACKUP_FILE = 'auto-backup.json';
const PREFIX = 'Cairn auto-backup ';
const SUFFIX = '.cairnbackup';
const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/*
 * auto-backup.json: where automatic backups go, how many to keep, and the
 * backup key (Argon2 of the backup passphrase) wrapped under the vault's data
 * key, so backups can be written without asking again but only while unlocked.
 */
const configSchema = z.strictObject({
  folder: z.string().min(1),
  keep: z.number().int().min(1).max(100),
  kdf: z.strictObject({ opslimit: z.number().int(), memlimit: z.number().int(), salt: b64 }),
  nonce: b64,
  wrapped: b64,
  lastBackupAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
type Config = z.output<typeof configSchema>;

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
}

/** Local calendar day, so "first unlock of each day" follows the user's clock. */
const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
const stamp = (d: Date) => d.toISOString().replace(/:/g, '-').replace(/\..*$/, '');

export class AutoBackup {
  /** The latest sealed rows main has seen (every load opens all rows; every save seals one). */
  private rows = new Map<string, string>();

  private constructor(
    private readonly options: AutoBackupOptions,
    private config: Config | null,
  ) {}

  static async load(options: AutoBackupOptions): Promise<AutoBackup> {
    let config: Config | null = null;
    try {
      const parsed = configSchema.safeParse(JSON.parse(await readFile(join(options.dataDir, AUTO_BACKUP_FILE), 'utf8')));
      if (parsed.success) config = parsed.data;
    } catch {
      // No file (or an unreadable one): automatic backups are off until configured again.
    }
    return new AutoBackup(options, config);
  }

  status(): AutoBackupStatus {
    const c = this.config;
    return { enabled: c !== null, folder: c?.folder ?? null, keep: c?.keep ?? 10, lastBackupAt: c?.lastBackupAt ?? null, lastError: c?.lastError ?? null };
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
    const kdf = this.options.kdf ?? DEFAULT_KDF;
    const { key, salt } = deriveBackupKey(passphrase, kdf);
    try {
      const { nonce, wrapped } = this.options.vault.wrapSecret(key);
      this.config = { folder, keep, kdf: { ...kdf, salt: toBase64(salt) }, nonce: toBase64(nonce), wrapped: toBase64(wrapped), lastBackupAt: null, lastError: null };
    } finally {
      memzero(key);
    }
    await this.save();
    await this.run();
    return this.status();
  }

  async disable(): Promise<AutoBackupStatus> {
    this.config = null;
    await rm(join(this.options.dataDir, AUTO_BACKUP_FILE), { force: true });
    return this.status();
  }

  /** On the first unlock of each day. */
  async runIfDue(): Promise<AutoBackupStatus> {
    const last = this.config?.lastBackupAt;
    if (this.config && (!last || localDay(new Date(last)) !== localDay(this.now()))) await this.run();
    return this.status();
  }

  /**
   * Writes one backup and prunes old ones. Never throws: a failure is kept in
   * `lastError` for Settings to show, and the previous backups stay.
   */
  async run(): Promise<AutoBackupStatus> {
    const config = this.config;
    // Locked (or never loaded): nothing to back up and no key; the next unlock catches up.
    if (!config || this.options.vault.status().state !== 'unlocked' || this.rows.size === 0) return this.status();
    const now = this.now();
    try {
      const key = this.options.vault.unwrapSecret(fromBase64(config.nonce) ?? new Uint8Array(), fromBase64(config.wrapped) ?? new Uint8Array());
      if (!key) throw new Error('the saved backup key could not be opened; turn automatic backups off and on again');
      try {
        const { segments, failed } = this.options.vault.open([...this.rows].map(([id, env]) => ({ id, env })));
        if (failed.length > 0) throw new Error(`${failed.length} part(s) of the journal could not be decrypted`);
        const records = segments.flatMap((s) => decodeSegment(s.data)).sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
        const createdAt = now.toISOString();
        const salt = fromBase64(config.kdf.salt) ?? new Uint8Array();
        checkKdfParams(config.kdf);
        const file = join(config.folder, `${PREFIX}${stamp(now)}${SUFFIX}`);
        await writeFileAtomic(file, encryptBackupWithKey(encodePayload(describe(records, this.options.app, createdAt), records), key, { ...config.kdf, salt }, createdAt));
      } finally {
        memzero(key);
      }
      await this.prune(config);
      config.lastBackupAt = now.toISOString();
      config.lastError = null;
    } catch (error) {
      config.lastError = `${now.toLocaleString()}: ${(error as Error).message}`;
    }
    await this.save().catch(() => {});
    return this.status();
  }

  /** Keeps the newest `keep` automatic backups; other files in the folder are never touched. */
  private async prune(config: Config): Promise<void> {
    const ours = (await readdir(config.folder)).filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX)).sort();
    for (const old of ours.slice(0, Math.max(0, ours.length - config.keep))) await rm(join(config.folder, old), { force: true });
  }

  private save(): Promise<void> {
    return writeFileAtomic(join(this.options.dataDir, AUTO_BACKUP_FILE), JSON.stringify(this.config, null, 2));
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }
}
