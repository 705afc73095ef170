import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KDF, KDF_BOUNDS } from './header';
import { argon2idOffThread } from './argon2-thread';
import { VaultService, type SealedRow, type VaultServiceOptions } from './vault-service';
import { UNIT_ARGON2, UNIT_TEST } from '../../../tests/timeouts';

// Count Argon2 runs, to prove refusals happen before any key derivation. The
// worker thread itself is tested in argon2-thread.test.ts; here the same
// libsodium call runs in this thread (faster), after an optional pause that
// lets a test lock the vault mid-derivation. Inputs already derived in this
// file are answered from memory (exact: tests/support/argon2-memo.ts), except
// at the production cost, which the first test pays for real both times.
const derivation = vi.hoisted(() => ({ pause: null as null | (() => Promise<void>) }));
vi.mock('./argon2-thread', async () => {
  const { rememberInThread } = await import('../../../tests/support/argon2-memo');
  const { DEFAULT_KDF } = await vi.importActual<typeof import('./header')>('./header');
  const sodium = rememberInThread(await vi.importActual<typeof import('./sodium')>('./sodium'), { alwaysDerive: [DEFAULT_KDF] });
  return {
    argon2idOffThread: vi.fn(async (password: Uint8Array, salt: Uint8Array, ops: number, mem: number) => {
      await derivation.pause?.();
      return sodium.argon2id(password, salt, ops, mem);
    }),
  };
});
const argon2Runs = () => vi.mocked(argon2idOffThread).mock.calls.length;
afterEach(() => (derivation.pause = null));

// Lifecycle tests: create, unlock, change passphrase, recovery, throttling and
// header bounds. Most use the cheapest Argon2 the bounds allow (~0.2 s a call);
// the first test runs the production cost once.
const fastKdf = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
const PASS = 'correct horse battery';
const NEW_PASS = 'a whole new passphrase';

let dir: string;
let time: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-vault-'));
  time = 1_800_000_000_000;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const load = (options: Partial<VaultServiceOptions> = {}) =>
  VaultService.load({ dataDir: dir, kdf: fastKdf, now: () => time, ...options });
const headerJson = async () => JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8'));
const rejection = (promise: Promise<unknown>) => promise.then(() => ({ code: 'none', message: 'resolved' }), (error) => error);

async function createVault() {
  const vault = await load();
  const { recoveryKey } = await vault.create(PASS);
  const rows = vault.seal([
    { name: 'journal:2026-11', data: '[{"text":"Walked by the river."}]' },
    { name: 'medications', data: '[{"name":"sertraline","dose":"50 mg"}]' },
  ]);
  return { vault, recoveryKey, rows };
}

const openAll = (vault: VaultService, rows: SealedRow[]) => vault.open(rows).segments.map((s) => s.data);

describe('create and unlock', () => {
  it('creates at the production Argon2 cost, then unlocks after a restart', async () => {
    const vault = await load({ kdf: undefined });
    expect(vault.status()).toEqual({ state: 'none', unlockedAt: null, retryAfterMs: 0 });
    const { recoveryKey } = await vault.create(PASS);
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
    expect(vault.status()).toEqual({ state: 'unlocked', unlockedAt: time, retryAfterMs: 0 });
    const header = await headerJson();
    expect(header.passphrase.kdf).toMatchObject({ alg: 'argon2id13', ...DEFAULT_KDF });
    expect(JSON.stringify(header)).not.toContain(recoveryKey.replace(/-/g, ''));

    const restarted = await load({ kdf: undefined });
    expect(restarted.status().state).toBe('locked');
    time += 1000;
    await restarted.unlock(PASS);
    expect(restarted.status()).toEqual({ state: 'unlocked', unlockedAt: time, retryAfterMs: 0 });
  }, UNIT_ARGON2); // two production-cost Argon2id runs

  it('refuses short passphrases, a second vault, and unlocking before one exists', async () => {
    const vault = await load();
    expect(await rejection(vault.unlock(PASS))).toMatchObject({ code: 'conflict' });
    expect(() => vault.seal([{ name: 'a', data: 'b' }])).toThrow(expect.objectContaining({ code: 'locked' }));
    expect(await rejection(vault.create('too short'))).toMatchObject({ code: 'weak_passphrase' });
    await vault.create(PASS);
    expect(await rejection(vault.create(PASS))).toMatchObject({ code: 'conflict' });
    expect(await rejection((await load()).create(PASS))).toMatchObject({ code: 'conflict' });
  });

  it('never overwrites a vault.json that appeared after start-up', async () => {
    const early = await load();
    await (await load()).create(PASS);
    const before = await readFile(join(dir, 'vault.json'), 'utf8');
    expect(await rejection(early.create(NEW_PASS))).toMatchObject({ code: 'conflict' });
    expect(await readFile(join(dir, 'vault.json'), 'utf8')).toBe(before);
  });

  it('answers a wrong passphrase with one generic message', async () => {
    const { vault } = await createVault();
    vault.lock('user');
    expect(await rejection(vault.unlock('not the passphrase'))).toMatchObject({
      code: 'wrong_secret',
      message: 'That passphrase did not open the vault.',
    });
    expect(vault.status().state).toBe('locked');
  });

  it('lock is idempotent and reports every lock with its reason', async () => {
    const onLocked = vi.fn();
    const vault = await load({ onLocked });
    vault.lock('os');
    expect(vault.status().state).toBe('none');
    await vault.create(PASS);
    vault.lock('idle');
    vault.lock('user');
    expect(vault.status()).toEqual({ state: 'locked', unlockedAt: null, retryAfterMs: 0 });
    expect(onLocked.mock.calls).toEqual([['os'], ['idle'], ['user']]);
  });
});

describe('changePassphrase', () => {
  it('rewraps only the passphrase slot: new one opens, old one fails, records untouched', async () => {
    const { vault, rows } = await createVault();
    const stored = rows.map((r) => ({ ...r }));
    const before = await headerJson();

    expect(await rejection(vault.changePassphrase('wrong current!', NEW_PASS))).toMatchObject({ code: 'wrong_secret' });
    expect(await rejection(vault.changePassphrase(PASS, 'short'))).toMatchObject({ code: 'weak_passphrase' });
    await vault.changePassphrase(PASS, NEW_PASS);

    const after = await headerJson();
    expect(after.recovery).toEqual(before.recovery);
    expect(after.passphrase.kdf.salt).not.toBe(before.passphrase.kdf.salt);
    expect(openAll(vault, stored)).toHaveLength(2);

    const restarted = await load();
    expect(await rejection(restarted.unlock(PASS))).toMatchObject({ code: 'wrong_secret' });
    await restarted.unlock(NEW_PASS);
    const opened = restarted.open(stored);
    expect(opened.failed).toEqual([]);
    expect(opened.segments.map((s) => [s.id, s.name])).toEqual(rows.map((r, i) => [r.id, ['journal:2026-11', 'medications'][i]]));
    expect(opened.segments[1]?.data).toBe('[{"name":"sertraline","dose":"50 mg"}]');
    expect(stored).toEqual(rows); // byte-identical: nothing was re-encrypted
  });

  it('needs an unlocked vault', async () => {
    const { vault } = await createVault();
    vault.lock('user');
    expect(await rejection(vault.changePassphrase(PASS, NEW_PASS))).toMatchObject({ code: 'locked' });
  });

  it('a lock while the new slot is derived (off the main thread) writes nothing: the old passphrase still opens', async () => {
    const { vault, rows } = await createVault();
    const before = await headerJson();
    let runs = 0;
    // The second derivation is the new slot's: the OS locks the screen meanwhile.
    derivation.pause = async () => {
      if (++runs === 2) vault.lock('os');
    };
    expect(await rejection(vault.changePassphrase(PASS, NEW_PASS))).toMatchObject({ code: 'locked' });
    expect(await headerJson()).toEqual(before);
    derivation.pause = null;
    const restarted = await load();
    await restarted.unlock(PASS);
    expect(openAll(restarted, rows)).toHaveLength(2);
  }, UNIT_TEST);
});

describe('locking while Argon2 runs', () => {
  it('an unlock that was deriving when the OS locked stays locked', async () => {
    const { vault } = await createVault();
    vault.lock('user');
    derivation.pause = async () => vault.lock('os');
    expect(await rejection(vault.unlock(PASS))).toMatchObject({ code: 'locked' });
    expect(vault.status().state).toBe('locked');
    derivation.pause = null;
    await vault.unlock(PASS);
    expect(vault.status().state).toBe('unlocked');
  }, UNIT_TEST);
});

describe('recovery key', () => {
  it('opens a vault whose passphrase is forgotten, then requires a new passphrase', async () => {
    const { vault, recoveryKey, rows } = await createVault();
    vault.lock('user');
    const restarted = await load();

    expect(await rejection(restarted.unlockWithRecoveryKey('0'.repeat(52)))).toMatchObject({
      code: 'wrong_secret',
      message: 'That recovery key did not open the vault.',
    });
    expect(await rejection(restarted.unlockWithRecoveryKey('not a key'))).toMatchObject({ code: 'invalid_request' });

    const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    await restarted.unlockWithRecoveryKey(` ${sloppy} `);
    expect(restarted.status()).toMatchObject({ state: 'recovery', retryAfterMs: 0 });
    const firstStep = /Choose a new passphrase first/;
    expect(() => restarted.open(rows)).toThrow(expect.objectContaining({ code: 'locked', message: expect.stringMatching(firstStep) }));
    expect(() => restarted.seal([{ name: 'a', data: 'b' }])).toThrow(expect.objectContaining({ code: 'locked' }));
    expect(await rejection(restarted.changePassphrase(PASS, NEW_PASS))).toMatchObject({ code: 'locked' });
    expect(await rejection(restarted.setNewPassphrase('short'))).toMatchObject({ code: 'weak_passphrase' });

    await restarted.setNewPassphrase(NEW_PASS);
    expect(restarted.status().state).toBe('unlocked');
    expect(restarted.open(rows).failed).toEqual([]);
    expect(await rejection(restarted.setNewPassphrase(NEW_PASS))).toMatchObject({ code: 'conflict' });

    restarted.lock('user');
    expect(await rejection(restarted.unlock(PASS))).toMatchObject({ code: 'wrong_secret' });
    await restarted.unlock(NEW_PASS);
    expect(openAll(restarted, rows)).toEqual(['[{"text":"Walked by the river."}]', '[{"name":"sertraline","dose":"50 mg"}]']);
    // The recovery key keeps working after the passphrase changed.
    restarted.lock('user');
    await restarted.unlockWithRecoveryKey(recoveryKey);
    expect(restarted.status().state).toBe('recovery');
  });

  it('a typo in the recovery key is caught by its check characters and never counts as a wrong attempt', async () => {
    const { vault, recoveryKey } = await createVault();
    vault.lock('user');
    const chars = recoveryKey.replace(/-/g, '');
    const typo = chars.slice(0, 10) + (chars[10] === 'A' ? 'B' : 'A') + chars.slice(11);
    const runs = argon2Runs();
    for (let n = 0; n < 8; n++) {
      expect(await rejection(vault.unlockWithRecoveryKey(typo))).toMatchObject({ code: 'invalid_request', message: /has a typo/ });
    }
    expect(vault.status().retryAfterMs).toBe(0);
    expect(argon2Runs()).toBe(runs);
    await vault.unlockWithRecoveryKey(recoveryKey);
    expect(vault.status().state).toBe('recovery');
  });

  it('a new recovery key replaces the old one: the new one opens, the old one no longer does, records untouched', async () => {
    const { vault, recoveryKey: old, rows } = await createVault();
    const before = await headerJson();
    expect(await rejection(vault.newRecoveryKey('wrong guess!'))).toMatchObject({ code: 'wrong_secret' });
    const { recoveryKey: fresh } = await vault.newRecoveryKey(PASS);
    expect(fresh).not.toBe(old);
    expect(fresh).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
    const after = await headerJson();
    expect(after.passphrase).toEqual(before.passphrase);
    expect(after.recovery).not.toEqual(before.recovery);

    const restarted = await load();
    expect(await rejection(restarted.unlockWithRecoveryKey(old))).toMatchObject({ code: 'wrong_secret' });
    await restarted.unlockWithRecoveryKey(fresh);
    await restarted.setNewPassphrase(NEW_PASS);
    expect(restarted.open(rows).failed).toEqual([]);
    vault.lock('user');
    expect(await rejection(vault.newRecoveryKey(PASS))).toMatchObject({ code: 'locked' });
  }, UNIT_TEST);

  it('setNewPassphrase is refused unless opened with the recovery key', async () => {
    const vault = await load();
    expect(await rejection(vault.setNewPassphrase(NEW_PASS))).toMatchObject({ code: 'locked' });
  });
});

describe('wrong-secret throttling', () => {
  const limited = { code: 'rate_limited', message: 'Too many wrong attempts. Try again in 30 seconds.' };

  it('after 5 failures refuses even the right passphrase, across restarts, until the delay passes', async () => {
    const { vault } = await createVault();
    vault.lock('user');
    const before = argon2Runs();
    for (let n = 0; n < 5; n++) expect(await rejection(vault.unlock(`wrong guess ${n}`))).toMatchObject({ code: 'wrong_secret' });
    expect(argon2Runs() - before).toBe(5); // the counter is live: each real attempt derives once

    const runs = argon2Runs();
    expect(await rejection(vault.unlock(PASS))).toMatchObject(limited);
    expect(argon2Runs()).toBe(runs); // refused before Argon2
    expect(vault.status().retryAfterMs).toBe(30_000);

    const restarted = await load();
    expect(restarted.status()).toMatchObject({ state: 'locked', retryAfterMs: 30_000 });
    expect(await rejection(restarted.unlock(PASS))).toMatchObject(limited);
    expect(await rejection(restarted.unlockWithRecoveryKey('0'.repeat(52)))).toMatchObject(limited);
    time += 29_500;
    expect(await rejection(restarted.unlock(PASS))).toMatchObject({ message: /Try again in 1 second\.$/ });
    time += 600;
    await restarted.unlock(PASS);
    expect(restarted.status().retryAfterMs).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'unlock-attempts.json'), 'utf8'))).toMatchObject({ failures: 0 });
  });

  it('grows the delay with further failures, and counts wrong recovery keys too', async () => {
    const { vault } = await createVault();
    vault.lock('user');
    for (let n = 0; n < 5; n++) await rejection(vault.unlockWithRecoveryKey('0'.repeat(52)));
    expect(vault.status().retryAfterMs).toBe(30_000);
    time += 30_001;
    expect(await rejection(vault.unlock('wrong guess 6'))).toMatchObject({ code: 'wrong_secret' });
    expect(vault.status().retryAfterMs).toBe(60_000);
    time += 60_001;
    expect(await rejection(vault.unlock('wrong guess 7'))).toMatchObject({ code: 'wrong_secret' });
    expect(vault.status().retryAfterMs).toBe(120_000);
    expect(await rejection(vault.unlock(PASS))).toMatchObject({ code: 'rate_limited', message: /in 120 seconds/ });
  });
});

describe('header bounds', () => {
  it.each([
    ['memlimit 8 GiB', (h: { passphrase: { kdf: { memlimit: number } } }) => (h.passphrase.kdf.memlimit = 8 * 2 ** 30), 'tampered', /8 GiB/],
    ['opslimit 1', (h: { passphrase: { kdf: { opslimit: number } } }) => (h.passphrase.kdf.opslimit = 1), 'tampered', /passes \(1\)/],
    ['an unknown version', (h: { version: number }) => (h.version = 7), 'internal', /format 7/],
  ])('refuses a header with %s quickly, before Argon2, without counting a failure', async (_label, edit, code, message) => {
    await createVault();
    const header = await headerJson();
    edit(header);
    await writeFile(join(dir, 'vault.json'), JSON.stringify(header));

    const vault = await load();
    expect(vault.status().state).toBe('locked');
    const runs = argon2Runs();
    const started = performance.now();
    expect(await rejection(vault.unlock(PASS))).toMatchObject({ code, message });
    expect(await rejection(vault.unlockWithRecoveryKey('0'.repeat(52)))).toMatchObject({ code });
    expect(argon2Runs()).toBe(runs);
    expect(performance.now() - started).toBeLessThan(1000); // generous: "quickly" means no 8 GiB attempt
    expect(await rejection(vault.create(NEW_PASS))).toMatchObject({ code: 'conflict' });
    expect(vault.status().retryAfterMs).toBe(0);
  });

  it('refuses a kdf option outside the bounds at load', async () => {
    await expect(load({ kdf: { opslimit: 1, memlimit: fastKdf.memlimit } })).rejects.toThrow(/passes/);
  });
});

describe('every passphrase path is throttled', () => {
  // Each path that tests a secret must count wrong answers and, once throttled,
  // refuse the right one before any Argon2 work. A path without the throttle
  // would let a person at the keyboard guess at full speed.
  type Path = {
    name: string;
    locked: boolean;
    attempt: (vault: VaultService, secret: string | null) => Promise<unknown>;
    right: (recoveryKey: string) => string;
  };
  const wrongRecovery = '0'.repeat(52);
  const paths: Path[] = [
    { name: 'unlock', locked: true, attempt: (v, s) => v.unlock(s ?? 'wrong guess!'), right: () => PASS },
    {
      name: 'unlockWithRecoveryKey',
      locked: true,
      attempt: (v, s) => v.unlockWithRecoveryKey(s ?? wrongRecovery),
      right: (key) => key,
    },
    { name: 'changePassphrase', locked: false, attempt: (v, s) => v.changePassphrase(s ?? 'wrong guess!', NEW_PASS), right: () => PASS },
    { name: 'checkPassphrase', locked: false, attempt: (v, s) => v.checkPassphrase(s ?? 'wrong guess!'), right: () => PASS },
    { name: 'newRecoveryKey', locked: false, attempt: (v, s) => v.newRecoveryKey(s ?? 'wrong guess!'), right: () => PASS },
    { name: 'rekeyStart', locked: false, attempt: (v, s) => v.rekeyStart(s ?? 'wrong guess!'), right: () => PASS },
  ];

  it.each(paths.map((p) => [p.name, p] as const))('%s counts wrong secrets and then refuses before Argon2', async (_name, path) => {
    const { vault, recoveryKey } = await createVault();
    if (path.locked) vault.lock('user');
    for (let n = 0; n < 5; n++) expect(await rejection(path.attempt(vault, null))).toMatchObject({ code: 'wrong_secret' });
    expect(vault.status().retryAfterMs).toBe(30_000);
    const runs = argon2Runs();
    expect(await rejection(path.attempt(vault, path.right(recoveryKey)))).toMatchObject({ code: 'rate_limited' });
    expect(argon2Runs()).toBe(runs);
    time += 30_001;
    await path.attempt(vault, path.right(recoveryKey));
    expect(vault.status().retryAfterMs).toBe(0);
  }, UNIT_ARGON2); // seven Argon2 runs at the lowest cost: generous for a busy machine
});

describe('re-encrypting with a new key (the whole journey is in tests/proofs/rekey.test.ts)', () => {
  it('refuses to seal, change the passphrase or make a recovery key between start and commit, and a lock forgets the new key', async () => {
    const { vault, rows } = await createVault();
    await vault.rekeyStart(PASS);
    expect(() => vault.seal([{ name: 'journal:2026-12', data: '[]' }])).toThrow(/re-encrypting/);
    expect(await rejection(vault.changePassphrase(PASS, NEW_PASS))).toMatchObject({ code: 'conflict' });
    expect(await rejection(vault.newRecoveryKey(PASS))).toMatchObject({ code: 'conflict' });
    const resealed = vault.rekeyRows(rows);
    // Under the old key the new rows are known copies, not damage.
    expect(vault.open(resealed)).toMatchObject({ segments: [], failed: [], leftover: resealed.map((r) => r.id) });
    vault.lock('user');
    await vault.unlock(PASS);
    expect(() => vault.rekeyRows(rows)).toThrow(/No re-encryption is in progress/);
    expect(await rejection(vault.rekeyCommit())).toMatchObject({ code: 'conflict' });
    // vault.json still records the unfinished start: the old key opens everything, the copies stay recognisable until tidied.
    expect(vault.open(resealed).leftover).toHaveLength(resealed.length);
    await vault.rekeyTidy();
    expect((await headerJson()).transition).toBeUndefined();
    expect(openAll(vault, rows)).toHaveLength(2);
    expect(vault.open(resealed).failed).toHaveLength(resealed.length);
  }, UNIT_ARGON2); // three Argon2 runs at the lowest cost
});
