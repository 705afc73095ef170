import { describe, expect, it } from 'vitest';
import { argon2idOffThread } from '../../electron/main/vault/argon2-thread';
import { KDF_BOUNDS } from '../../electron/main/vault/header';
import * as sodium from '../../electron/main/vault/sodium';
import { argon2Memo, rememberInThread, rememberOffThread } from './argon2-memo';
import { UNIT_ARGON2 } from '../timeouts';

// The memory may only ever answer with what the real Argon2id would have
// answered: these checks are what lets the vault and backup files use it.
const ops = KDF_BOUNDS.opsMin;
const mem = KDF_BOUNDS.memMin;
const bytes = (text: string) => new TextEncoder().encode(text);
const salt = (n: number) => new Uint8Array(sodium.SALT_BYTES).fill(n);

describe('Argon2id remembered within a test file', () => {
  it('answers a repeat with the real key, as a copy, and derives anything that differs for real', async () => {
    await sodium.initSodium();
    const inThread = rememberInThread(sodium);
    const offThread = rememberOffThread({ argon2idOffThread, setArgon2WorkerFile: () => {} });
    const real = sodium.argon2id(bytes('a passphrase'), salt(1), ops, mem);

    const first = await offThread.argon2idOffThread(bytes('a passphrase'), salt(1), ops, mem);
    expect(first).toEqual(real);
    expect(argon2Memo).toEqual({ derived: 1, remembered: 0 });

    const password = bytes('a passphrase');
    const again = await offThread.argon2idOffThread(password, salt(1), ops, mem);
    expect(again).toEqual(real);
    expect(password.every((b) => b === 0)).toBe(true); // ownership as the real worker takes it
    expect(argon2Memo).toEqual({ derived: 1, remembered: 1 });
    again.fill(0); // a caller wiping its key on lock does not wipe the memory
    expect(inThread.argon2id(bytes('a passphrase'), salt(1), ops, mem)).toEqual(real);
    expect(argon2Memo).toEqual({ derived: 1, remembered: 2 });

    const others = [
      inThread.argon2id(bytes('a passphrasE'), salt(1), ops, mem),
      inThread.argon2id(bytes('a passphrase'), salt(2), ops, mem),
      inThread.argon2id(bytes('a passphrase'), salt(1), ops + 1, mem),
    ];
    expect(argon2Memo).toEqual({ derived: 4, remembered: 2 });
    expect(others[0]).toEqual(sodium.argon2id(bytes('a passphrasE'), salt(1), ops, mem));
    for (const other of others) expect(other).not.toEqual(real);
  }, UNIT_ARGON2);

  it('never remembers a cost listed as always derived', async () => {
    await sodium.initSodium();
    const inThread = rememberInThread(sodium, { alwaysDerive: [{ opslimit: ops, memlimit: mem }] });
    const before = { ...argon2Memo };
    const a = inThread.argon2id(bytes('always'), salt(3), ops, mem);
    const b = inThread.argon2id(bytes('always'), salt(3), ops, mem);
    expect(a).toEqual(b);
    expect(argon2Memo).toEqual(before);
  }, UNIT_ARGON2);
});
