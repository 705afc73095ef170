import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { sampleRecords } from '../../../tests/fixtures/records/samples';
import { initSodium } from '../vault/sodium';
import { decryptBackup, encryptBackup } from './crypto';
import { decodePayload, describe as describeRecords, encodePayload } from './payload';

const PASS = 'crash test passphrase';

beforeAll(() => initSodium());

it('a process killed while writing a backup over an existing one leaves the old file intact and readable', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-crash-'));
  const target = path.join(dir, 'Cairn.cairnbackup');
  const records = sampleRecords();
  const createdAt = '2026-11-24T08:00:00.000Z';
  const parts: Uint8Array[] = [];
  for await (const part of encryptBackup(encodePayload(describeRecords(records, 'Cairn', createdAt), records), PASS, { opslimit: 3, memlimit: 64 * 1024 * 1024 }, createdAt)) {
    parts.push(part);
  }
  writeFileSync(target, Buffer.concat(parts));
  const before = readFileSync(target);

  const child = spawn(process.execPath, ['--import', './tests/support/ts-loader.mjs', 'tests/support/slow-backup-writer.ts', target, PASS], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve());
    child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));

  // The kill landed mid-write: a half-written temporary file sits beside the backup…
  const temp = readdirSync(dir).find((f) => f.endsWith('.tmp'));
  expect(temp).toBeDefined();
  expect(statSync(path.join(dir, temp!)).size).toBeGreaterThan(0);
  // …and the backup itself is untouched.
  const after = readFileSync(target);
  expect(after.equals(before)).toBe(true);
  const { payload } = decryptBackup(new Uint8Array(after), PASS);
  expect(decodePayload(payload).records).toEqual(records);
});
