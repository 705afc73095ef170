import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { argon2idOffThread } from './argon2-thread';
import { DEFAULT_KDF, KDF_BOUNDS } from './header';
import { newPassphraseSlot, openPassphraseSlot } from './keyslots';
import { initSodium, randomBytes } from './sodium';
import { UNIT_ARGON2, UNIT_TEST } from '../../../tests/timeouts';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));
const vectors = (
  JSON.parse(readFileSync('tests/fixtures/crypto/argon2id.json', 'utf8')) as {
    vectors: { passwordHex: string; saltHex: string; opslimit: number; memlimitBytes: number; hashHex: string }[];
  }
).vectors;

/** Counts turns of this thread's event loop until `work` settles: a blocking call leaves it at 0. */
async function loopTurnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const spin = () => {
    if (!running) return;
    turns += 1;
    setImmediate(spin);
  };
  const started = work();
  setImmediate(spin);
  try {
    return { result: await started, turns };
  } finally {
    running = false;
  }
}

beforeAll(() => initSodium());

describe('Argon2id on a worker thread', () => {
  it.each(vectors.map((v) => [v.hashHex.slice(0, 8), v] as const))('matches the argon2 reference CLI (%s)', async (_, v) => {
    const key = await argon2idOffThread(hex(v.passwordHex), hex(v.saltHex), v.opslimit, v.memlimitBytes);
    expect(Buffer.from(key).toString('hex')).toBe(v.hashHex);
  }, UNIT_TEST);

  it('moves the passphrase bytes to the worker instead of copying them (none stay on the main heap)', async () => {
    const password = new TextEncoder().encode('a passphrase');
    const pending = argon2idOffThread(password, randomBytes(16), KDF_BOUNDS.opsMin, KDF_BOUNDS.memMin);
    expect(password.byteLength).toBe(0); // transferred: this view is detached
    await pending;
  }, UNIT_TEST);

  it('reports a refused derivation as an error instead of hanging', async () => {
    await expect(argon2idOffThread(new Uint8Array(4), new Uint8Array(3), 1, 1)).rejects.toThrow(/Argon2id failed/);
  }, UNIT_TEST);

  it('keeps the main event loop turning while the real-cost unlock derivation runs', async () => {
    const dataKey = randomBytes(32);
    const slot = await newPassphraseSlot('correct horse battery staple', dataKey, DEFAULT_KDF);
    const { result, turns } = await loopTurnsDuring(() => openPassphraseSlot('correct horse battery staple', slot));
    expect(result).toEqual(dataKey);
    // Run on this thread, the derivation would hold the loop for its whole ≈0.6 s: zero turns.
    expect(turns).toBeGreaterThan(10);
  }, UNIT_ARGON2);
});
