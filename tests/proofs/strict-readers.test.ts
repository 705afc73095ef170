import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decryptBackup } from '../../electron/main/backup/crypto';
import { decodePayload } from '../../electron/main/backup/payload';
import { ServiceError } from '../../electron/main/dispatch';
import { initSodium } from '../../electron/main/vault/sodium';
import { forge, FORGE_PASS, forgeReady, payloadText, sampleRecord, type ForgeOptions } from '../independent/forge-backup';
import { UNIT_HOOK, UNIT_PROCESS } from '../timeouts';

// Argon2id is not this file's subject: repeats are answered from memory (exact; see tests/support/argon2-memo.ts).
vi.mock('../../electron/main/vault/sodium', async (importOriginal) => (await import('../support/argon2-memo')).rememberInThread(await importOriginal()));

/*
 * docs/backup-format.md "What a reader must refuse", case by case, in all
 * three readers: Cairn, scripts/decrypt-backup.mjs and the independent Python
 * program. Each forged file has exactly one defect, and each refusal must name
 * that defect (not a generic "damaged header").
 */

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'cairn-strict-'));

const header = (patch: (h: Record<string, unknown>) => void) => (h: Record<string, unknown>) => {
  patch(h);
  return h;
};
const kdf = (h: Record<string, unknown>) => h.kdf as Record<string, unknown>;
const bigPayload = () => payloadText([{ ...sampleRecord(), body: 'x'.repeat(70_000) }]);
/** A valid payload of exactly 65,536 bytes, so it can be sent as one (forbidden) full final block. */
const exactPayload = () => {
  const base = payloadText([{ ...sampleRecord(), body: '' }]).length;
  return payloadText([{ ...sampleRecord(), body: 'x'.repeat(65_536 - base) }]);
};

interface Case {
  name: string;
  forged: ForgeOptions;
  passphrase?: string;
  /** What Cairn's message must say. */
  cairn: RegExp;
  /** What both recovery scripts must say (they share their wording). */
  script: RegExp;
}

const cases: Case[] = [
  { name: 'not a backup (magic)', forged: { headerBytes: Buffer.from('x') }, cairn: /./, script: /./ }, // replaced below
  { name: 'header length over 16,384', forged: { headerLength: 20_000 }, cairn: /header length \(20,000 bytes\) is over the 16,384-byte limit/, script: /header length \(20000 bytes\) is over/ },
  { name: 'checksum mismatch', forged: { badChecksum: true }, cairn: /header does not match its checksum/, script: /header does not match its checksum/ },
  { name: 'header not JSON', forged: { headerBytes: Buffer.from('{"format": cairn') }, cairn: /header is not a JSON object/, script: /header is not a JSON object/ },
  { name: 'header not UTF-8', forged: { headerBytes: Buffer.from([0x7b, 0xff, 0x7d]) }, cairn: /header is not a JSON object/, script: /header is not a JSON object/ },
  { name: 'header a JSON array', forged: { header: () => [1] }, cairn: /header is not a JSON object/, script: /header is not a JSON object/ },
  { name: 'unknown header field', forged: { header: header((h) => (h.comment = 'hi')) }, cairn: /unknown field "comment"/, script: /unknown header field "comment"/ },
  { name: 'unknown kdf field', forged: { header: header((h) => (kdf(h).parallelism = 1)) }, cairn: /unknown field "kdf.parallelism"/, script: /unknown header field "kdf.parallelism"/ },
  { name: 'missing field', forged: { header: header((h) => delete h.createdAt) }, cairn: /"createdAt" is missing/, script: /missing header field "createdAt"/ },
  { name: 'wrong format name', forged: { header: header((h) => (h.format = 'cairn-vault')) }, cairn: /"format" is not "cairn-backup"/, script: /"format" is not "cairn-backup"/ },
  { name: 'newer version', forged: { header: header((h) => (h.version = 2)) }, cairn: /newer version of Cairn \(format 2\)/, script: /newer Cairn \(format version 2\)/ },
  { name: 'version 0', forged: { header: header((h) => (h.version = 0)) }, cairn: /"version" is 0; versions start at 1/, script: /"version" is 0; versions start at 1/ },
  { name: 'version not a whole number', forged: { header: header((h) => (h.version = '1')) }, cairn: /"version" is not a whole number/, script: /"version" is not a whole number/ },
  { name: 'other KDF', forged: { header: header((h) => (kdf(h).alg = 'scrypt')) }, cairn: /"kdf.alg" is not "argon2id13"/, script: /"kdf.alg" is not "argon2id13"/ },
  { name: 'opslimit over the bound', forged: { header: header((h) => (kdf(h).opslimit = 21)) }, cairn: /key settings are outside Cairn's limits/, script: /key settings are outside the allowed bounds/ },
  { name: 'memlimit under the bound', forged: { header: header((h) => (kdf(h).memlimit = 1024)) }, cairn: /key settings are outside Cairn's limits/, script: /key settings are outside the allowed bounds/ },
  { name: 'opslimit not an integer', forged: { header: header((h) => (kdf(h).opslimit = 3.5)) }, cairn: /"kdf.opslimit" is not a whole number/, script: /key settings are not whole numbers/ },
  {
    name: 'salt not canonical base64 (stray bits)',
    forged: { header: header((h) => (kdf(h).salt = (kdf(h).salt as string).replace(/.==$/, (m) => `${String.fromCharCode(m.charCodeAt(0) ^ 1)}==`))) },
    cairn: /"kdf.salt" is not canonical base64/,
    script: /"kdf.salt" is not canonical base64/,
  },
  { name: 'salt without padding', forged: { header: header((h) => (kdf(h).salt = (kdf(h).salt as string).replace(/=+$/, ''))) }, cairn: /"kdf.salt" is not canonical base64/, script: /"kdf.salt" is not canonical base64/ },
  { name: 'salt of 15 bytes', forged: { header: header((h) => (kdf(h).salt = Buffer.alloc(15, 1).toString('base64'))) }, cairn: /"kdf.salt" is not 16 bytes/, script: /"kdf.salt" is not 16 bytes/ },
  { name: 'key check of 32 bytes', forged: { header: header((h) => (h.keyCheck = Buffer.alloc(32, 1).toString('base64'))) }, cairn: /"keyCheck" is not 16 bytes/, script: /"keyCheck" is not 16 bytes/ },
  { name: 'createdAt not a UTC time', forged: { header: header((h) => (h.createdAt = '25/11/2026')) }, cairn: /"createdAt" is not a UTC time/, script: /"createdAt" is not a UTC time/ },
  { name: 'wrong passphrase', forged: {}, passphrase: 'not the forged passphrase', cairn: /passphrase does not open/, script: /wrong passphrase/ },
  {
    name: 'a final block of 65,536 bytes',
    forged: { payload: exactPayload(), chunks: (p) => [{ bytes: p, tag: 'final' }] },
    cairn: /final block \(1\) holds 65,536 bytes/,
    script: /final block \(1\) holds 65,536 bytes/,
  },
  ...(['push', 'rekey'] as const).map((tag) => ({
    name: `a ${tag.toUpperCase()} tag mid-stream`,
    forged: { payload: bigPayload(), chunks: (p: Uint8Array) => [{ bytes: p.subarray(0, 65_536), tag }, { bytes: p.subarray(65_536), tag: 'final' as const }] },
    cairn: new RegExp(`block 1 carries stream tag ${tag === 'push' ? 1 : 2}`),
    script: new RegExp(`block 1 carries stream tag ${tag === 'push' ? 1 : 2}`),
  })),
  {
    name: 'a short block before the final one',
    forged: { payload: bigPayload(), chunks: (p) => [{ bytes: p.subarray(0, 1000), tag: 'message' }, { bytes: p.subarray(1000), tag: 'final' }] },
    cairn: /block 1 is not the last block but holds less than 64 KiB/,
    script: /block 1 is not the last block but holds less than 64 KiB/,
  },
  { name: 'no final block', forged: { payload: bigPayload(), chunks: (p) => [{ bytes: p.subarray(0, 65_536), tag: 'message' }] }, cairn: /ends before its final block/, script: /truncated \(no final block\)/ },
  {
    name: 'duplicate record ids',
    forged: { payload: payloadText([sampleRecord('same'), sampleRecord('same')]) },
    cairn: /duplicate id "same"/,
    script: /duplicate record id "same"/,
  },
  { name: 'unknown manifest field', forged: { payload: payloadText([sampleRecord()], { device: 'x' }) }, cairn: /unknown field "device"/, script: /unknown manifest field "device"/ },
  { name: 'newer manifest version', forged: { payload: payloadText([sampleRecord()], { version: 2 }) }, cairn: /contents come from a newer version of Cairn \(2\)/, script: /contents come from a newer Cairn \(version 2\)/ },
  { name: 'manifest version 0', forged: { payload: payloadText([sampleRecord()], { version: 0 }) }, cairn: /manifest is missing or malformed \(field "version"\)/, script: /manifest field "version" is not 1/ },
  { name: 'manifest counts wrong', forged: { payload: payloadText([sampleRecord()], { counts: { 'journal.entry': 2 } }) }, cairn: /counts per kind do not match/, script: /counts per kind do not match/ },
  { name: 'manifest total wrong', forged: { payload: payloadText([sampleRecord()], { total: 2 }, { total: 2 }) }, cairn: /record count does not match the manifest/, script: /record count does not match the manifest total/ },
  { name: 'end line total differs', forged: { payload: payloadText([sampleRecord()], {}, { total: 5 }) }, cairn: /end marker does not repeat the manifest total/, script: /end marker does not repeat the manifest total/ },
  { name: 'end line missing', forged: { payload: payloadText([sampleRecord()]).split('\n').slice(0, -2).join('\n') + '\n' }, cairn: /end marker is missing/, script: /end marker is missing/ },
];

let files: string[];

beforeAll(async () => {
  await initSodium();
  await forgeReady();
  files = cases.map((c, i) => {
    let bytes = forge(c.forged);
    if (i === 0) bytes = new Uint8Array(Buffer.concat([Buffer.from('CAIRNBAX'), Buffer.from(bytes.subarray(8))]));
    const file = path.join(dir, `case-${i}.cairnbackup`);
    writeFileSync(file, bytes);
    return file;
  });
  cases[0]!.cairn = /not a Cairn backup/;
  cases[0]!.script = /not a Cairn backup/;
  writeFileSync(path.join(dir, 'valid.cairnbackup'), forge());
  writeFileSync(path.join(dir, 'valid-big.cairnbackup'), forge({ payload: bigPayload() }));
}, UNIT_HOOK);

function cairnRefusal(file: string, passphrase: string): string {
  try {
    const { payload } = decryptBackup(new Uint8Array(readFileSync(file)), passphrase);
    decodePayload(payload);
  } catch (error) {
    if (error instanceof ServiceError) return error.message;
    throw error;
  }
  return 'ACCEPTED';
}

const readers = {
  'scripts/decrypt-backup.mjs': (file: string, passphrase: string) =>
    run(process.execPath, ['scripts/decrypt-backup.mjs', file], { env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: passphrase }, maxBuffer: 8 << 20 }),
  'tests/independent/decrypt_backup.py': (file: string, passphrase: string) =>
    run('python3', ['tests/independent/decrypt_backup.py', file], { env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: passphrase }, maxBuffer: 8 << 20 }),
};

async function scriptRefusal(reader: keyof typeof readers, file: string, passphrase: string): Promise<string> {
  try {
    await readers[reader](file, passphrase);
    return 'ACCEPTED';
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

describe('every reader accepts the forger\'s well-formed files (so the refusals below are about the defect)', () => {
  it.each(['valid', 'valid-big'])('%s', async (name) => {
    const file = path.join(dir, `${name}.cairnbackup`);
    expect(cairnRefusal(file, FORGE_PASS)).toBe('ACCEPTED');
    for (const reader of Object.keys(readers) as (keyof typeof readers)[]) expect(await scriptRefusal(reader, file, FORGE_PASS), reader).toBe('ACCEPTED');
  }, UNIT_PROCESS);
});

describe('what a reader must refuse, each with its real cause', () => {
  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = cases[i]!;
    const passphrase = c.passphrase ?? FORGE_PASS;
    const cairn = cairnRefusal(files[i]!, passphrase);
    expect(cairn, 'Cairn').toMatch(c.cairn);
    // A checksum message is only right when the checksum is what failed.
    if (c.name !== 'checksum mismatch') expect(cairn).not.toMatch(/checksum/);
    for (const reader of Object.keys(readers) as (keyof typeof readers)[]) {
      expect(await scriptRefusal(reader, files[i]!, passphrase), reader).toMatch(c.script);
    }
  }, UNIT_PROCESS);
});
