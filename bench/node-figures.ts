import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AnyRecord } from '../src/shared/domain';
import { decodeSegment } from '../src/shared/domain/segments';
import { DEFAULT_KDF } from '../electron/main/vault/header';
import type { SealedRow, VaultService } from '../electron/main/vault/vault-service';
import { argon2Time } from './floor';
import { median } from './stats';
import { backupService } from './vault-writer';

export interface BackupFigures {
  exportMs: number;
  restoreMs: number;
  kdfMs: number;
  bytes: number;
  restoredRows: number;
}

/**
 * Export = open the sealed rows + decode + encrypt + atomic write (BackupService.write);
 * restore = read + decrypt + validate every record (inspect) + seal new rows (restore).
 * Both include one Argon2id run, timed on its own so it can be subtracted.
 */
export async function backupFigures(vault: VaultService, rows: SealedRow[], file: string, passphrase: string, runs: number): Promise<BackupFigures> {
  const exports: number[] = [];
  const restores: number[] = [];
  const kdfs: number[] = [];
  let restoredRows = 0;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const { segments } = vault.open(rows);
    const records: AnyRecord[] = segments.flatMap((s) => decodeSegment(s.data));
    records.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    await backupService(vault).write(file, records, passphrase, new Date());
    exports.push(performance.now() - started);

    const service = backupService(vault, file);
    started = performance.now();
    const { fileId } = await service.choose();
    await service.inspect(fileId, passphrase);
    restoredRows = (await service.restore(fileId, 'replace', [])).rows.length;
    restores.push(performance.now() - started);
    kdfs.push(await argon2Time(DEFAULT_KDF.opslimit, DEFAULT_KDF.memlimit));
  }
  return { exportMs: median(exports), restoreMs: median(restores), kdfMs: median(kdfs), bytes: statSync(file).size, restoredRows };
}

/** Gzipped size of the JS and CSS that index.html loads directly (not lazy chunks). */
export function initialBundle(rendererDir: string): { files: { file: string; raw: number; gzip: number }[]; gzip: number } {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const files = refs.map((ref) => {
    const bytes = readFileSync(path.join(rendererDir, ref.replace(/^\.?\//, '')));
    return { file: ref, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
