import { parentPort } from 'node:worker_threads';
import { argon2id, initSodium, memzero } from './sodium';

/*
 * Worker-thread entry: runs one Argon2id derivation so the main process's
 * event loop (window, menus, IPC) keeps running during the ≈0.6 s it takes.
 * The caller transfers the passphrase bytes in and gets the key transferred
 * back, so neither is copied onto a second heap; the worker is terminated
 * after one answer, taking its wasm memory with it.
 */
export interface Argon2Request {
  password: Uint8Array;
  salt: Uint8Array;
  opslimit: number;
  memlimit: number;
}

export type Argon2Answer = { ok: true; key: Uint8Array } | { ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('argon2-worker must run as a worker thread.');

port.once('message', (request: Argon2Request) => {
  void initSodium().then(() => {
    let answer: Argon2Answer;
    try {
      const derived = argon2id(request.password, request.salt, request.opslimit, request.memlimit);
      // libsodium may hand back a view of its heap; transfer a standalone copy.
      const key = new Uint8Array(derived);
      memzero(derived);
      answer = { ok: true, key };
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      memzero(request.password);
    }
    port.postMessage(answer, answer.ok ? [answer.key.buffer as ArrayBuffer] : []);
  });
});
