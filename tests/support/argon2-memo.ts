/*
 * Argon2id remembered within one test file, for files whose subject is not the
 * key derivation (issue 24). Argon2id is a pure function: the same password,
 * salt, passes and memory always give the same 32 bytes. So answering a repeat
 * from memory gives the code under test exactly the key it would have got;
 * only the second and later waits are skipped. Unlocking a vault the test made
 * a moment ago, opening a backup it just wrote, or guessing the same wrong
 * passphrase five times are repeats; a new salt, passphrase or cost is not,
 * and runs the real derivation (on the worker thread where the product uses
 * one). Measured: about half the Argon2id runs in the vault, backup and proof
 * files were repeats.
 *
 * Where the derivation itself is the subject it is not remembered:
 * argon2-thread.test.ts (the worker and the reference vectors), the main smoke
 * test (the built worker), and the production-cost tests, which use files of
 * their own or list the cost in `alwaysDerive` (see each file's comment).
 *
 * Use from a test file (vi.mock factories run before imports, hence the
 * dynamic import):
 *
 *   vi.mock('…/electron/main/vault/argon2-thread', async (importOriginal) =>
 *     (await import('…/tests/support/argon2-memo')).rememberOffThread(await importOriginal()));
 *   vi.mock('…/electron/main/vault/sodium', async (importOriginal) =>
 *     (await import('…/tests/support/argon2-memo')).rememberInThread(await importOriginal()));
 */
import { createHash } from 'node:crypto';

type ThreadModule = typeof import('../../electron/main/vault/argon2-thread');
type SodiumModule = typeof import('../../electron/main/vault/sodium');

/** What was derived, by a hash of the inputs (the password itself is not kept). Shared by both wrappers: both call libsodium's Argon2id v1.3 with a 32-byte output. */
const derived = new Map<string, Uint8Array>();

/** Real derivations and answers from memory in this file, for a test that wants to show the memory is used. */
export const argon2Memo = { derived: 0, remembered: 0 };

const inputsKey = (password: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number) =>
  createHash('sha256').update(`${opslimit}/${memlimit}/${salt.length}/`).update(salt).update(password).digest('hex');

function recall(key: string): Uint8Array | null {
  const known = derived.get(key);
  if (!known) return null;
  argon2Memo.remembered++;
  // A copy: callers wipe their key when they lock (sodium.memzero).
  return new Uint8Array(known);
}

function remember(key: string, bytes: Uint8Array): Uint8Array {
  argon2Memo.derived++;
  derived.set(key, new Uint8Array(bytes));
  return bytes;
}

/** Costs that are always derived for real: a file whose test proves a cost is paid lists it here. */
export interface MemoOptions {
  alwaysDerive?: readonly { opslimit: number; memlimit: number }[];
}
const remembers = (options: MemoOptions, opslimit: number, memlimit: number) =>
  !options.alwaysDerive?.some((cost) => cost.opslimit === opslimit && cost.memlimit === memlimit);

/** argon2-thread.ts with repeats answered from memory; new inputs still go to the real worker thread. */
export function rememberOffThread(actual: ThreadModule, options: MemoOptions = {}): ThreadModule {
  return {
    ...actual,
    argon2idOffThread: async (password, salt, opslimit, memlimit) => {
      if (!remembers(options, opslimit, memlimit)) return actual.argon2idOffThread(password, salt, opslimit, memlimit);
      const key = inputsKey(password, salt, opslimit, memlimit);
      const known = recall(key);
      if (known) {
        // The real function takes ownership of the password and zeroes it; so does this one.
        password.fill(0);
        return known;
      }
      return remember(key, await actual.argon2idOffThread(password, salt, opslimit, memlimit));
    },
  };
}

/** sodium.ts with its in-thread argon2id (backup keys) answering repeats from memory. */
export function rememberInThread(actual: SodiumModule, options: MemoOptions = {}): SodiumModule {
  return {
    ...actual,
    argon2id: (password, salt, opslimit, memlimit) => {
      if (!remembers(options, opslimit, memlimit)) return actual.argon2id(password, salt, opslimit, memlimit);
      const key = inputsKey(password, salt, opslimit, memlimit);
      return recall(key) ?? remember(key, actual.argon2id(password, salt, opslimit, memlimit));
    },
  };
}
