import { beforeAll, describe, expect, it } from 'vitest';
import { openSegment, rowIdFor, sealSegment } from './envelope';
import { KeyRing } from './keyring';
import { newPassphraseSlot, openPassphraseSlot } from './keyslots';
import { argon2id, initSodium, randomBytes, wasmHeapSnapshot } from './sodium';
import { UNIT_TEST } from '../../../tests/timeouts';

/*
 * What "keys are zeroed on lock" means, checked claim by claim
 * (docs/security.md, "What is wiped"). The heap is searched for the exact
 * bytes, so a claim that stops being true fails here.
 */
/** Searches all of libsodium's WebAssembly memory (heap, stack and static data). */
const inHeap = (bytes: Uint8Array) => wasmHeapSnapshot().indexOf(Buffer.from(bytes)) >= 0;
const KDF = { opslimit: 3, memlimit: 64 * 1024 * 1024 };

beforeAll(() => initSodium());

describe('what is wiped', () => {
  it('lock zeroes every key Cairn holds in JavaScript (the data key and both subkeys)', () => {
    const ring = new KeyRing(randomBytes(32));
    ring.zero();
    for (const key of ring.buffers()) expect([...key].every((b) => b === 0)).toBe(true);
  });

  it('the data key and the plaintext passed through libsodium leave no copy in its WebAssembly heap', async () => {
    const dataKey = randomBytes(32);
    const keep = new Uint8Array(dataKey);
    const ring = new KeyRing(dataKey);
    const secret = `a private sentence ${Buffer.from(randomBytes(12)).toString('hex')}`;
    const id = rowIdFor('journal:2026-11', ring.rowIdKey);
    const env = sealSegment('journal:2026-11', secret, id, ring.envKey);
    expect(openSegment(id, env, ring.envKey, ring.rowIdKey)).toMatchObject({ ok: true, data: secret });
    const slot = await newPassphraseSlot('heap scrub passphrase', keep, KDF);
    const opened = (await openPassphraseSlot('heap scrub passphrase', slot))!;
    expect(opened).toEqual(keep);
    ring.zero();
    opened.fill(0);

    expect({ dataKey: inHeap(keep), plaintext: inHeap(new TextEncoder().encode(secret)) }).toEqual({ dataKey: false, plaintext: false });
  }, UNIT_TEST);

  it('derived keys (subkeys, row-id hashes, the Argon2 output) leave no copy in libsodium’s WebAssembly memory either', () => {
    const ring = new KeyRing(randomBytes(32));
    const subkeys = ring.buffers().slice(1).map((key) => new Uint8Array(key));
    const rowId = Buffer.from(rowIdFor('journal:2026-11', ring.rowIdKey), 'hex');
    ring.zero();
    for (const key of subkeys) expect(inHeap(key)).toBe(false);
    expect(inHeap(rowId)).toBe(false); // public, but the proof that keyed hashes are overwritten

    const password = new TextEncoder().encode('heap scrub passphrase');
    const started = performance.now();
    const kek = argon2id(password, randomBytes(16), KDF.opslimit, KDF.memlimit);
    const took = performance.now() - started;
    expect(inHeap(kek)).toBe(false);
    console.log(`Argon2id (3 passes, 64 MiB) plus the overwrite run: ${took.toFixed(0)} ms`);
  }, UNIT_TEST);
});
