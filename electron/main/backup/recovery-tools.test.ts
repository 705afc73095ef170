import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../src/shared/domain';
import { sampleRecords } from '../../../tests/fixtures/records/samples';
import { initSodium } from '../vault/sodium';
import { encryptBackup } from './crypto';
import { describe as describeRecords, encodePayload } from './payload';

const run = promisify(execFile);
const PASS = 'pässphrase for recovery';
let file: string;

beforeAll(async () => {
  await initSodium();
  const records = sampleRecords();
  const createdAt = '2026-11-25T10:00:00.000Z';
  const parts: Uint8Array[] = [];
  // Pad the payload past one chunk so multi-chunk reading is exercised.
  const many = Array.from({ length: 400 }, (_, i) => ({ ...records[0]!, id: `bulk-${i}` }) as AnyRecord);
  const all = [...records, ...many];
  for await (const part of encryptBackup(encodePayload(describeRecords(all, 'Cairn test', createdAt), all), PASS, { opslimit: 3, memlimit: 64 * 1024 * 1024 }, createdAt)) {
    parts.push(part);
  }
  file = path.join(mkdtempSync(path.join(tmpdir(), 'cairn-tools-')), 'test.cairnbackup');
  writeFileSync(file, Buffer.concat(parts));
});

const expected = () => {
  const records = sampleRecords();
  return [...records, ...Array.from({ length: 400 }, (_, i) => ({ ...records[0]!, id: `bulk-${i}` }) as AnyRecord)];
};

describe('recovery tools that share no code with Cairn', () => {
  it('scripts/decrypt-backup.mjs (Node + libsodium only) decrypts a backup', async () => {
    const { stdout } = await run(process.execPath, ['scripts/decrypt-backup.mjs', file], {
      env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: PASS },
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = JSON.parse(stdout) as { manifest: { total: number }; records: unknown[] };
    expect(result.manifest.total).toBe(expected().length);
    expect(result.records).toEqual(expected());
  });

  it('scripts/decrypt-backup.mjs refuses a wrong passphrase', async () => {
    await expect(
      run(process.execPath, ['scripts/decrypt-backup.mjs', file], { env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: 'nope nope nope' } }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('wrong passphrase') });
  });

  it('an independent Python program written from docs/backup-format.md decrypts it too', async () => {
    const { stdout } = await run('python3', ['tests/independent/decrypt_backup.py', file], {
      env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: PASS },
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = JSON.parse(stdout) as { records: unknown[] };
    expect(result.records).toEqual(expected());
  });
});
