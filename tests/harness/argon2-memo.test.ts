import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { argon2idOffThread } from '../../electron/main/vault/argon2-thread';
import { argon2id, initSodium } from '../../electron/main/vault/sodium';
import { KDF_BOUNDS } from '../../electron/main/vault/header';
import { UNIT_ARGON2 } from '../timeouts';
import { rememberArgon2, type Argon2Memo } from './argon2-memo';

/*
 * The end-to-end fixture's Argon2id memory (issue 24): a repeat at the fixture
 * vault's cost is answered from memory with exactly the real key; every other
 * derivation still runs for real.
 */
const FIXTURE_COST = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
const salt = new Uint8Array(16).fill(7);
const bytes = (text: string) => new TextEncoder().encode(text);

let memo: Argon2Memo;
beforeAll(async () => {
  await initSodium();
  memo = rememberArgon2(inject('argon2WorkerFile'), FIXTURE_COST);
});
afterAll(() => memo.forget());

describe('the end-to-end Argon2id memory', () => {
  it('answers a repeat at the fixture cost with the real key', async () => {
    const reference = argon2id(bytes('violet tuba'), salt, FIXTURE_COST.opslimit, FIXTURE_COST.memlimit);
    const first = await argon2idOffThread(bytes('violet tuba'), salt, FIXTURE_COST.opslimit, FIXTURE_COST.memlimit);
    expect(memo.remembered()).toBe(1);
    const repeat = await argon2idOffThread(bytes('violet tuba'), salt, FIXTURE_COST.opslimit, FIXTURE_COST.memlimit);
    expect(Buffer.from(first).equals(Buffer.from(reference))).toBe(true);
    expect(Buffer.from(repeat).equals(Buffer.from(reference))).toBe(true);
    expect(memo.remembered()).toBe(1);
    // A repeat is read back, not derived again: a key planted in the memory is what comes out.
    const planted = new Uint8Array(32).fill(0x42);
    for (const name of readdirSync(memo.folder)) writeFileSync(path.join(memo.folder, name), planted);
    const fromMemory = await argon2idOffThread(bytes('violet tuba'), salt, FIXTURE_COST.opslimit, FIXTURE_COST.memlimit);
    expect(Buffer.from(fromMemory).equals(Buffer.from(planted))).toBe(true);
  }, UNIT_ARGON2);

  it('derives a new passphrase or salt for real (a wrong passphrase gets a different key)', async () => {
    const before = memo.remembered();
    const wrong = await argon2idOffThread(bytes('violet tubA'), salt, FIXTURE_COST.opslimit, FIXTURE_COST.memlimit);
    const otherSalt = await argon2idOffThread(bytes('violet tuba'), new Uint8Array(16).fill(8), FIXTURE_COST.opslimit, FIXTURE_COST.memlimit);
    expect(Buffer.from(wrong).equals(Buffer.from(argon2id(bytes('violet tubA'), salt, FIXTURE_COST.opslimit, FIXTURE_COST.memlimit)))).toBe(true);
    expect(Buffer.from(wrong).equals(Buffer.from(otherSalt))).toBe(false);
    expect(memo.remembered()).toBe(before + 2);
  }, UNIT_ARGON2);

  it('never remembers another cost: the product default is always derived', async () => {
    const before = memo.remembered();
    const cost = { opslimit: FIXTURE_COST.opslimit + 1, memlimit: FIXTURE_COST.memlimit };
    const key = await argon2idOffThread(bytes('violet tuba'), salt, cost.opslimit, cost.memlimit);
    await argon2idOffThread(bytes('violet tuba'), salt, cost.opslimit, cost.memlimit);
    expect(Buffer.from(key).equals(Buffer.from(argon2id(bytes('violet tuba'), salt, cost.opslimit, cost.memlimit)))).toBe(true);
    expect(memo.remembered()).toBe(before);
  }, UNIT_ARGON2);
});
