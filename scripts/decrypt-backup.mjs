#!/usr/bin/env node
// Standalone recovery tool: decrypts a Cairn backup to JSON using only Node.js
// and libsodium, without any Cairn code, for a user whose app is gone.
// Usage: node scripts/decrypt-backup.mjs <backup.cairnbackup> [output.json]
//        The passphrase is read from the CAIRN_BACKUP_PASSPHRASE environment
//        variable, or asked for on the terminal.
// Format: docs/backup-format.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import sodium from 'libsodium-wrappers-sumo';

const fail = (message) => {
  console.error(`decrypt-backup: ${message}`);
  process.exit(1);
};

async function askPassphrase() {
  if (process.env.CAIRN_BACKUP_PASSPHRASE) return process.env.CAIRN_BACKUP_PASSPHRASE;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question('Backup passphrase: ');
  rl.close();
  return answer;
}

function decrypt(file, passphrase) {
  const magic = Buffer.from('CAIRNBAK');
  if (file.length < 12 || !file.subarray(0, 8).equals(magic)) fail('this file is not a Cairn backup');
  const headerLength = file.readUInt32BE(8);
  if (headerLength > 16384) fail('the header is damaged');
  const headEnd = 12 + headerLength;
  const preambleEnd = headEnd + 32;
  if (file.length < preambleEnd + 24) fail('the file is truncated');
  const checksum = sodium.crypto_generichash(32, file.subarray(0, headEnd), null);
  if (!Buffer.from(checksum).equals(file.subarray(headEnd, preambleEnd))) fail('the header is damaged');
  const header = JSON.parse(file.subarray(12, headEnd).toString('utf8'));
  if (header.format !== 'cairn-backup') fail('this file is not a Cairn backup');
  if (header.version !== 1) fail(`unsupported backup version ${header.version}`);
  const { opslimit, memlimit, salt } = header.kdf;
  if (header.kdf.alg !== 'argon2id13' || opslimit < 3 || opslimit > 20 || memlimit < 64 * 2 ** 20 || memlimit > 2 ** 30) {
    fail('the key settings are outside the allowed bounds');
  }
  const key = sodium.crypto_pwhash(
    32,
    Buffer.from(passphrase.normalize('NFC'), 'utf8'),
    Buffer.from(salt, 'base64'),
    opslimit,
    memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  const check = sodium.crypto_generichash(16, Buffer.from('cairn-backup key check v1'), key);
  if (!Buffer.from(check).equals(Buffer.from(header.keyCheck, 'base64'))) fail('wrong passphrase');

  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(file.subarray(preambleEnd, preambleEnd + 24), key);
  const parts = [];
  let at = preambleEnd + 24;
  for (let n = 1; ; n++) {
    if (at + 4 > file.length) fail('the file is truncated (no final block)');
    const size = file.readUInt32BE(at);
    if (size < 17 || size > 65553 || at + 4 + size > file.length) fail(`block ${n} is damaged or truncated`);
    let result;
    try {
      result = sodium.crypto_secretstream_xchacha20poly1305_pull(
        state,
        file.subarray(at + 4, at + 4 + size),
        n === 1 ? file.subarray(0, preambleEnd) : null,
      );
    } catch {
      result = false;
    }
    if (!result) fail(`block ${n} failed its integrity check`);
    parts.push(Buffer.from(result.message));
    at += 4 + size;
    if (result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      if (at !== file.length) fail('unexpected data after the final block');
      break;
    }
    if (result.message.length !== 65536) fail(`block ${n} is damaged`);
  }
  const lines = Buffer.concat(parts).toString('utf8').split('\n').filter((line) => line !== '');
  const values = lines.map((line) => JSON.parse(line));
  const manifest = values[0];
  const records = values.filter((v) => v.type === 'record').map((v) => v.record);
  const end = values.at(-1);
  if (manifest?.type !== 'manifest' || end?.type !== 'end' || end.total !== records.length) fail('the contents are incomplete');
  return { manifest, records };
}

const [input, output] = process.argv.slice(2);
if (!input) fail('usage: node scripts/decrypt-backup.mjs <backup.cairnbackup> [output.json]');
await sodium.ready;
const result = decrypt(readFileSync(input), await askPassphrase());
const json = `${JSON.stringify(result, null, 2)}\n`;
if (output) writeFileSync(output, json, { mode: 0o600 });
else process.stdout.write(json);
