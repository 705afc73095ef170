import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupSummary } from '../../../src/shared/contract';
import { segmentOf, type AnyRecord } from '../../../src/shared/domain';
import { decodeSegment, encodeSegment } from '../../../src/shared/domain/segments';
import { ServiceError } from '../dispatch';
import { writeFileAtomic, type TempLedger } from '../fs/atomic-write';
import { writeFailure } from '../fs/write-failure';
import type { Dialogs } from '../services/dialogs';
import { DEFAULT_KDF, type KdfParams } from '../vault/header';
import type { SealedRow, VaultService } from '../vault/vault-service';
import { decryptBackup, encryptBackup } from './crypto';
import { requireFreshUnlock } from './fresh-unlock';
import { decodePayload, describe, encodePayload, type Manifest } from './payload';
import { toCsv, toJson } from './plain-export';

export const BACKUP_EXTENSION = 'cairnbackup';
/** Far above ten years of use (~15 MB); refuses to read a stray multi-gigabyte file into memory. */
const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

export interface BackupServiceOptions {
  vault: VaultService;
  dialogs: Dialogs;
  app: string;
  kdf?: KdfParams;
  now?: () => Date;
  /** Where safety backups go before a replace-restore (in Cairn's data folder). */
  safetyDir?: string;
  /** Records the temp file of a plain export, so a crash mid-write leaves no plaintext (fs/pending-temp-files.ts). */
  plaintextLedger?: TempLedger;
}

interface Picked {
  path: string;
  staged?: { manifest: Manifest; records: AnyRecord[] };
}

const summary = (m: Manifest): BackupSummary => ({
  createdAt: m.createdAt,
  app: m.app,
  counts: m.counts,
  total: m.total,
  dateRange: m.dateRange,
});

const dayStamp = (d: Date) => d.toISOString().slice(0, 10);


/**
 * Export, verify and restore. Plaintext stays in main: export opens the
 * sealed rows itself; restore decrypts and validates the whole file into a
 * staging area and hands the page only newly sealed rows.
 */
export class BackupService {
  private picked = new Map<string, Picked>();

  constructor(private readonly options: BackupServiceOptions) {}

  /** Records in the given rows, refusing if any row cannot be opened (a backup must be whole). */
  private recordsOf(rows: SealedRow[]): AnyRecord[] {
    const { segments, failed } = this.options.vault.open(rows);
    if (failed.length > 0) {
      throw new ServiceError('tampered', `${failed.length} part(s) of your journal could not be decrypted, so no backup was made. Nothing was changed.`);
    }
    return segments.flatMap((segment) => decodeSegment(segment.data));
  }

  async export(
    rows: SealedRow[],
    passphrase: string,
    separatePassphrase: boolean,
    vaultPassphrase?: string,
  ): Promise<{ path: string; bytes: number; total: number }> {
    if (separatePassphrase) {
      if ([...passphrase].length < 10) throw new ServiceError('weak_passphrase', 'Choose a backup passphrase of at least 10 characters.');
      // A copy under a passphrase of the person's choosing: the same proof as printing.
      await requireFreshUnlock(this.options.vault, vaultPassphrase, 'saving a backup with a different passphrase', this.nowMs());
    } else {
      await this.options.vault.checkPassphrase(passphrase);
    }
    const records = this.recordsOf(rows).sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    const now = (this.options.now ?? (() => new Date()))();
    const path = await this.options.dialogs.chooseSavePath({
      title: 'Save an encrypted backup',
      defaultName: `Cairn backup ${dayStamp(now)}.${BACKUP_EXTENSION}`,
    });
    if (!path) throw new ServiceError('cancelled', 'No backup was saved.');
    await this.write(path, records, passphrase, now);
    return { path, bytes: (await stat(path)).size, total: records.length };
  }

  /** Writes a backup atomically (also used by automatic backups). */
  async write(path: string, records: readonly AnyRecord[], passphrase: string, now: Date): Promise<void> {
    const createdAt = now.toISOString();
    const manifest = describe(records, this.options.app, createdAt);
    try {
      await writeFileAtomic(path, encryptBackup(encodePayload(manifest, records), passphrase, this.options.kdf ?? DEFAULT_KDF, createdAt));
    } catch (error) {
      throw writeFailure(error, 'The backup');
    }
  }

  /** A plain (unencrypted) export the user confirmed: everything as JSON, or one kind as CSV. */
  async exportPlain(rows: SealedRow[], format: 'json' | 'csv', kind: string | null, passphrase?: string): Promise<{ path: string; total: number }> {
    await requireFreshUnlock(this.options.vault, passphrase, 'a plain (not encrypted) export', this.nowMs());
    // Drafts and deletion tombstones are Cairn's bookkeeping, not the person's records.
    const all = this.recordsOf(rows).filter((r) => r.kind !== 'journal.draft' && r.kind !== 'tombstone');
    const records = (format === 'csv' ? all.filter((r) => r.kind === kind) : all).sort(
      (a, b) => a.kind.localeCompare(b.kind) || ('date' in a && 'date' in b ? String(a.date).localeCompare(String(b.date)) : 0) || a.id.localeCompare(b.id),
    );
    if (format === 'csv' && !kind) throw new ServiceError('invalid_request', 'Choose what to export as CSV.');
    const now = (this.options.now ?? (() => new Date()))();
    const name = format === 'json' ? 'Cairn export' : `Cairn ${kind}`;
    const path = await this.options.dialogs.chooseSavePath({
      title: 'Save a plain export (NOT encrypted)',
      defaultName: `${name} ${dayStamp(now)} (not encrypted).${format}`,
    });
    if (!path) throw new ServiceError('cancelled', 'Nothing was exported.');
    await writeFileAtomic(path, format === 'json' ? toJson(records, this.options.app, now.toISOString()) : toCsv(records, all), this.options.plaintextLedger);
    return { path, total: records.length };
  }

  async choose(): Promise<{ fileId: string; fileName: string }> {
    const path = await this.options.dialogs.chooseOpenPath({ title: 'Choose a Cairn backup', extensions: [BACKUP_EXTENSION] });
    if (!path) throw new ServiceError('cancelled', 'No backup was chosen.');
    const fileId = randomUUID();
    this.picked.set(fileId, { path });
    return { fileId, fileName: basename(path) };
  }

  /** Decrypts and validates everything into staging; the vault is not touched. */
  async inspect(fileId: string, passphrase: string): Promise<BackupSummary> {
    const picked = this.pickedFile(fileId);
    let file: Uint8Array;
    try {
      const info = await stat(picked.path);
      if (info.size > MAX_BACKUP_BYTES) throw new ServiceError('invalid_request', 'This file is far too large to be a Cairn backup.');
      file = await readFile(picked.path);
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      throw new ServiceError('not_found', `Cairn could not read that file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    const { payload } = decryptBackup(file, passphrase);
    picked.staged = decodePayload(payload);
    return summary(picked.staged.manifest);
  }

  /**
   * New sealed rows for the whole vault: the staged records alone (replace) or
   * merged by id, newest wins (a tombstone is a record too, so a deletion newer
   * than the backup's copy stays a deletion).
   *
   * Replace first proves the vault passphrase and writes a safety backup of
   * every current record under it, read back before anything is replaced.
   * Rows that cannot be opened are not in that backup, so they are kept as
   * they are (the page deletes only rows that opened) and never overwritten.
   */
  async restore(
    fileId: string,
    mode: 'replace' | 'merge',
    currentRows: SealedRow[],
    passphrase?: string,
  ): Promise<{ rows: SealedRow[]; total: number; safetyBackup: string | null; keptDamaged: number }> {
    const staged = this.pickedFile(fileId).staged;
    if (!staged) throw new ServiceError('conflict', 'Open the backup with its passphrase first.');
    let safetyBackup: string | null = null;
    let damaged = new Set<string>();
    const byId = new Map<string, AnyRecord>();
    if (mode === 'merge') {
      for (const record of this.recordsOf(currentRows)) byId.set(record.id, record);
    } else if (currentRows.length > 0) {
      // Nothing to replace (a new vault) needs no copy; anything else does.
      if (!passphrase) {
        throw new ServiceError('forbidden', 'Enter your passphrase: before replacing anything, Cairn saves a copy of your current journal encrypted with it.');
      }
      await this.options.vault.checkPassphrase(passphrase);
      const { segments, failed } = this.options.vault.open(currentRows);
      damaged = new Set(failed.map((f) => f.id));
      const current = segments.flatMap((segment) => decodeSegment(segment.data));
      if (current.length > 0) safetyBackup = await this.writeSafetyBackup(current, passphrase);
    }
    for (const record of staged.records) {
      const existing = byId.get(record.id);
      if (!existing || existing.updatedAt <= record.updatedAt) byId.set(record.id, record);
    }
    const segments = new Map<string, AnyRecord[]>();
    for (const record of byId.values()) {
      const name = segmentOf(record);
      segments.set(name, [...(segments.get(name) ?? []), record]);
    }
    const rows = segments.size === 0 ? [] : this.options.vault.seal([...segments].map(([name, records]) => ({ name, data: encodeSegment(records) })));
    if (rows.some((row) => damaged.has(row.id))) {
      throw new ServiceError(
        'conflict',
        'Part of your journal that could not be opened would be overwritten by this backup, so nothing was replaced. Try "Merge", or keep a copy of the data folder first.',
      );
    }
    this.picked.delete(fileId);
    return { rows, total: byId.size, safetyBackup, keptDamaged: damaged.size };
  }

  /** The copy made before a replace: written, then opened again and counted, or the replace does not happen. */
  private async writeSafetyBackup(records: AnyRecord[], passphrase: string): Promise<string> {
    const dir = this.options.safetyDir;
    if (!dir) throw new ServiceError('internal', 'Cairn has nowhere to keep a safety backup, so nothing was replaced.');
    const now = (this.options.now ?? (() => new Date()))();
    const path = join(dir, `Cairn safety backup before restore ${now.toISOString().replace(/:/g, '-').replace(/\..*$/, '')}.${BACKUP_EXTENSION}`);
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw writeFailure(error, 'The safety backup');
    }
    const sorted = [...records].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    await this.write(path, sorted, passphrase, now);
    try {
      const back = decodePayload(decryptBackup(new Uint8Array(await readFile(path)), passphrase).payload);
      if (back.records.length !== records.length) throw new Error('count');
    } catch {
      throw new ServiceError('internal', 'The safety backup could not be read back, so nothing was replaced. Your journal was not changed.');
    }
    return path;
  }

  forget(fileId: string): void {
    this.picked.delete(fileId);
  }

  /** Drops every staged plaintext (called on lock). */
  clear(): void {
    this.picked.clear();
  }

  private nowMs(): number {
    return (this.options.now ?? (() => new Date()))().getTime();
  }

  private pickedFile(fileId: string): Picked {
    const picked = this.picked.get(fileId);
    if (!picked) throw new ServiceError('not_found', 'Choose the backup file again.');
    return picked;
  }
}
