#!/usr/bin/env node
// Standalone recovery tool: decrypts a Cairn backup to JSON using only Node.js
// and libsodium, without any Cairn code, for a user whose app is gone.
// Usage: node scripts/decrypt-backup.mjs <backup.cairnbackup> [output.json]
//        The passphrase is read from the CAIRN_BACKUP_PASSPHRASE environment
//        variable, or asked for on the terminal.
// Format: docs/backup-format.md. It refuses everything "What a reader must
// refuse" lists there, each with its own message.
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

const CHUNK = 65536;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

function exactFields(object, fields, prefix) {
  for (const key of Object.keys(object)) if (!fields.includes(key)) fail(`unknown header field "${prefix}${key}"`);
  for (const key of fields) if (!(key in object)) fail(`missing header field "${prefix}${key}"`);
}

/** Standard base64 with padding whose re-encoding is identical, of exactly `bytes` bytes. */
function canonical(name, value, bytes) {
  if (typeof value !== 'string' || !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) {
    fail(`header field "${name}" is not canonical base64`);
  }
  const decoded = Buffer.from(value, 'base64');
  if (decoded.toString('base64') !== value) fail(`header field "${name}" is not canonical base64`);
  if (decoded.length !== bytes) fail(`header field "${name}" is not ${bytes} bytes`);
  return decoded;
}

function parseHeader(text) {
  let header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(text));
  } catch {
    fail('the header is not a JSON object');
  }
  if (!isObject(header)) fail('the header is not a JSON object');
  if (!Number.isSafeInteger(header.version)) fail('header field "version" is not a whole number');
  if (header.version > 1) fail(`made by a newer Cairn (format version ${header.version})`);
  if (header.version < 1) fail(`header field "version" is ${header.version}; versions start at 1`);
  exactFields(header, ['format', 'version', 'kdf', 'keyCheck', 'createdAt'], '');
  if (header.format !== 'cairn-backup') fail('header field "format" is not "cairn-backup"');
  if (!isObject(header.kdf)) fail('header field "kdf" is not an object');
  exactFields(header.kdf, ['alg', 'opslimit', 'memlimit', 'salt'], 'kdf.');
  const { alg, opslimit, memlimit } = header.kdf;
  if (alg !== 'argon2id13') fail('header field "kdf.alg" is not "argon2id13"');
  if (!Number.isSafeInteger(opslimit) || !Number.isSafeInteger(memlimit)) fail('the key settings are not whole numbers');
  if (opslimit < 3 || opslimit > 20 || memlimit < 64 * 2 ** 20 || memlimit > 2 ** 30) fail('the key settings are outside the allowed bounds');
  const salt = canonical('kdf.salt', header.kdf.salt, 16);
  const keyCheck = canonical('keyCheck', header.keyCheck, 16);
  if (typeof header.createdAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(header.createdAt) || Number.isNaN(Date.parse(header.createdAt))) {
    fail('header field "createdAt" is not a UTC time');
  }
  return { opslimit, memlimit, salt, keyCheck };
}

function parsePayload(bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail('the contents are not UTF-8 text');
  }
  if (!text.endsWith('\n')) fail('the contents end in an incomplete line');
  const lines = text.slice(0, -1).split('\n');
  const values = lines.map((line, i) => {
    try {
      return JSON.parse(line);
    } catch {
      return fail(`contents line ${i + 1} is not JSON`);
    }
  });
  const manifest = values[0];
  if (!isObject(manifest) || manifest.type !== 'manifest') fail('the contents do not start with a manifest');
  if (Number.isSafeInteger(manifest.version) && manifest.version > 1) fail(`the contents come from a newer Cairn (version ${manifest.version})`);
  for (const key of Object.keys(manifest)) {
    if (!['type', 'version', 'app', 'createdAt', 'counts', 'total', 'dateRange'].includes(key)) fail(`unknown manifest field "${key}"`);
  }
  if (manifest.version !== 1) fail('manifest field "version" is not 1');
  if (!isObject(manifest.counts) || !Number.isSafeInteger(manifest.total)) fail('the manifest has no counts or total');
  const end = values.at(-1);
  if (values.length < 2 || !isObject(end) || end.type !== 'end' || Object.keys(end).length !== 2) fail('the end marker is missing');
  if (end.total !== manifest.total) fail('the end marker does not repeat the manifest total');
  const records = [];
  const ids = new Set();
  const counts = {};
  for (const value of values.slice(1, -1)) {
    if (!isObject(value) || value.type !== 'record' || !isObject(value.record) || Object.keys(value).length !== 2) fail('the contents hold a line that is not a record');
    const { id, kind } = value.record;
    if (typeof id !== 'string' || typeof kind !== 'string') fail('a record has no id or kind');
    if (ids.has(id)) fail(`duplicate record id "${id}"`);
    ids.add(id);
    counts[kind] = (counts[kind] ?? 0) + 1;
    records.push(value.record);
  }
  if (records.length !== manifest.total) fail('the record count does not match the manifest total');
  const same = (a, b) => Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);
  if (!same(counts, manifest.counts)) fail('the counts per kind do not match the manifest');
  return { manifest, records };
}

function decrypt(file, passphrase) {
  const magic = Buffer.from('CAIRNBAK');
  if (file.length < 8 || !file.subarray(0, 8).equals(magic)) fail('this file is not a Cairn backup');
  if (file.length < 12) fail('the file is truncated');
  const headerLength = file.readUInt32BE(8);
  if (headerLength > 16384) fail(`the header length (${headerLength} bytes) is over the 16,384-byte limit`);
  const headEnd = 12 + headerLength;
  const preambleEnd = headEnd + 32;
  if (file.length < preambleEnd + 24) fail('the file is truncated');
  const checksum = sodium.crypto_generichash(32, file.subarray(0, headEnd), null);
  if (!Buffer.from(checksum).equals(file.subarray(headEnd, preambleEnd))) fail('the header does not match its checksum');
  const { opslimit, memlimit, salt, keyCheck } = parseHeader(file.subarray(12, headEnd));
  const key = sodium.crypto_pwhash(32, Buffer.from(passphrase.normalize('NFC'), 'utf8'), salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  const check = sodium.crypto_generichash(16, Buffer.from('cairn-backup key check v1'), key);
  if (!Buffer.from(check).equals(keyCheck)) fail('wrong passphrase');

  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(file.subarray(preambleEnd, preambleEnd + 24), key);
  const parts = [];
  let at = preambleEnd + 24;
  for (let n = 1; ; n++) {
    if (at + 4 > file.length) fail('the file is truncated (no final block)');
    const size = file.readUInt32BE(at);
    if (size < 17 || size > CHUNK + 17) fail(`block ${n} has a length outside 17–65553`);
    if (at + 4 + size > file.length) fail('the file is truncated (no final block)');
    let result;
    try {
      result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, file.subarray(at + 4, at + 4 + size), n === 1 ? file.subarray(0, preambleEnd) : null);
    } catch {
      result = false;
    }
    if (!result) fail(`block ${n} failed its integrity check`);
    at += 4 + size;
    parts.push(Buffer.from(result.message));
    if (result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      if (result.message.length >= CHUNK) fail(`the final block (${n}) holds 65,536 bytes`);
      if (at !== file.length) fail('unexpected data after the final block');
      break;
    }
    if (result.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) fail(`block ${n} carries stream tag ${result.tag}`);
    if (result.message.length !== CHUNK) fail(`block ${n} is not the last block but holds less than 64 KiB`);
  }
  return parsePayload(Buffer.concat(parts));
}

const [input, output] = process.argv.slice(2);
if (!input) fail('usage: node scripts/decrypt-backup.mjs <backup.cairnbackup> [output.json]');
await sodium.ready;
const result = decrypt(readFileSync(input), await askPassphrase());
const json = `${JSON.stringify(result, null, 2)}\n`;
if (output) writeFileSync(output, json, { mode: 0o600 });
else process.stdout.write(json);
