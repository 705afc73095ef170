import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../dispatch';
import * as sodium from '../vault/sodium';
import { decryptBackup, encryptBackup } from './crypto';
import { CHUNK_PLAINTEXT, MAX_CHUNK } from './format';

// Argon2 is the slow part; memoise it so dozens of refusals stay quick. The
// spy also lets tests prove which refusals happen before any key derivation.
const argon = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../vault/sodium', async (importOriginal) => {
  const real = await importOriginal<typeof import('../vault/sodium')>();
  const memo = new Map<string, Uint8Array>();
  return {
    ...real,
    argon2id: (password: Uint8Array, salt: Uint8Array, ops: number, mem: number) => {
      argon.calls++;
      const key = `${Buffer.from(password).toString('hex')}:${Buffer.from(salt).toString('hex')}:${ops}:${mem}`;
      if (!memo.has(key)) memo.set(key, real.argon2id(password, salt, ops, mem));
      return new Uint8Array(memo.get(key)!);
    },
  };
});

const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };
const PASS = 'backup passphrase 42';
// ~3.4 chunks of NDJSON-like text, so there are full chunks and a short final one.
const PAYLOAD = new TextEncoder().encode(
  Array.from({ length: 3000 }, (_, i) => `{"n":${i},"text":"line ${i} ${'x'.repeat(60)}"}\n`).join(''),
);

async function collect(gen: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of gen) parts.push(part);
  return new Uint8Array(Buffer.concat(parts));
}

let file: Uint8Array;
/** Byte offsets where each chunk (its u32 length) starts, and where the file ends. */
let chunkStarts: number[];

function refusal(bytes: Uint8Array, passphrase = PASS): ServiceError {
  try {
    decryptBackup(bytes, passphrase);
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('the backup was accepted');
}

beforeAll(async () => {
  await sodium.initSodium();
  file = await collect(encryptBackup([PAYLOAD.subarray(0, 1000), PAYLOAD.subarray(1000)], PASS, KDF, '2026-11-25T10:00:00.000Z'));
  const view = new DataView(file.buffer, file.byteOffset);
  const headerLength = view.getUint32(8);
  let at = 12 + headerLength + 32 + 24;
  chunkStarts = [];
  while (at < file.length) {
    chunkStarts.push(at);
    at += 4 + view.getUint32(at);
  }
});

describe('backup encryption', () => {
  it('round-trips the payload in 64 KiB chunks with a short final chunk', () => {
    const { payload, header } = decryptBackup(file, PASS);
    expect(Buffer.from(payload).equals(Buffer.from(PAYLOAD))).toBe(true);
    expect(header.createdAt).toBe('2026-11-25T10:00:00.000Z');
    expect(chunkStarts).toHaveLength(Math.floor(PAYLOAD.length / CHUNK_PLAINTEXT) + 1);
  });

  it('writes an empty final chunk when the payload fills whole chunks', async () => {
    const exact = new Uint8Array(CHUNK_PLAINTEXT * 2).fill(65);
    const bytes = await collect(encryptBackup([exact], PASS, KDF, '2026-11-25T10:00:00.000Z'));
    expect(decryptBackup(bytes, PASS).payload).toEqual(exact);
  });

  it('refuses a wrong passphrase with its own message', () => {
    expect(refusal(file, 'not the passphrase').message).toBe('That passphrase does not open this backup.');
  });

  it('refuses a file that is not a backup', () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('{"journal": true}'), new Uint8Array(5000).fill(7)]) {
      expect(refusal(bytes).message).toBe('This file is not a Cairn backup.');
    }
  });

  it('refuses the file truncated at every chunk boundary and at 10 random offsets', () => {
    const offsets = [...chunkStarts, file.length - 1];
    for (let i = 0; i < 10; i++) offsets.push(8 + Math.floor(Math.random() * (file.length - 9)));
    for (const cut of offsets) {
      const error = refusal(file.subarray(0, cut));
      expect(error.code, `cut at ${cut}`).toBe('tampered');
      expect(error.message, `cut at ${cut}`).toMatch(/incomplete|damaged/);
    }
    for (const boundary of chunkStarts) expect(refusal(file.subarray(0, boundary)).message).toMatch(/incomplete/);
  });

  it('refuses any single flipped byte in the header before running Argon2', () => {
    const headerEnd = chunkStarts[0]! - 24;
    for (let i = 0; i < headerEnd; i++) {
      const bytes = file.slice();
      bytes[i]! ^= 0x01;
      const before = argon.calls;
      const error = refusal(bytes);
      expect(error.message, `byte ${i}`).toMatch(/not a Cairn backup|damaged|incomplete/);
      expect(argon.calls, `byte ${i}`).toBe(before);
    }
  });

  it('refuses a flipped byte in the stream header, in a chunk body and in a tag', () => {
    const positions = [
      chunkStarts[0]! - 24 + 3, // secretstream header
      chunkStarts[0]! + 2, // a length field
      chunkStarts[0]! + 4 + 100, // first chunk body
      chunkStarts[1]! + 4 + 5000, // second chunk body
      chunkStarts[1]! - 3, // end of the first chunk: its tag
      file.length - 2, // the final chunk's tag
    ];
    for (const at of positions) {
      const bytes = file.slice();
      bytes[at]! ^= 0x80;
      expect(refusal(bytes).message, `byte ${at}`).toMatch(/damaged|incomplete|unexpected/);
    }
  });

  it('refuses chunks reordered or duplicated, and bytes after the final chunk', () => {
    const [a, b, c] = chunkStarts as [number, number, number];
    const head = file.subarray(0, a);
    const one = file.subarray(a, b);
    const two = file.subarray(b, c);
    const rest = file.subarray(c);
    const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
    expect(refusal(join(head, two, one, rest)).message).toMatch(/block 1 failed/);
    expect(refusal(join(head, one, one, two, rest)).message).toMatch(/block 2 failed/);
    expect(refusal(join(file, new Uint8Array([0]))).message).toMatch(/unexpected data after its final block/);
    expect(refusal(join(file, file.subarray(a))).message).toMatch(/unexpected data/);
    expect(MAX_CHUNK).toBe(CHUNK_PLAINTEXT + 17);
  });

  it('refuses KDF parameters above the bound before Argon2 runs', async () => {
    const text = Buffer.from(file).toString('latin1');
    const forged = text.replace('"memlimit":67108864', '"memlimit":8589934592');
    expect(forged).not.toBe(text);
    const bytes = Buffer.from(forged, 'latin1');
    // Keep the header checksum consistent so only the bound can refuse it.
    const headerLength = bytes.readUInt32BE(8) + (forged.length - text.length);
    bytes.writeUInt32BE(headerLength, 8);
    const headEnd = 12 + headerLength;
    Buffer.from(sodium.plainHash(32, bytes.subarray(0, headEnd))).copy(bytes, headEnd);
    const before = argon.calls;
    expect(refusal(new Uint8Array(bytes)).message).toMatch(/key settings are outside Cairn's limits/);
    expect(argon.calls).toBe(before);
  });
});
