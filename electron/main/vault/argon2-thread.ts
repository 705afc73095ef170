import { Worker } from 'node:worker_threads';
import type { Argon2Answer, Argon2Request } from './argon2-worker';

let workerFile: string | null = null;

/**
 * Where the bundled worker entry is. The composition root passes the file
 * electron-vite emits (out/main/argon2-worker.js); tests pass one they bundled. There is
 * deliberately no in-thread fallback: a wiring mistake must fail loudly, not
 * quietly bring back the frozen window.
 */
export function setArgon2WorkerFile(file: string): void {
  workerFile = file;
}

/**
 * Argon2id v1.3 (32-byte output) on a worker thread: the same libsodium call
 * as sodium.ts's argon2id, but the main event loop keeps ticking while it
 * runs. One short-lived worker per derivation: unlocking is rare, and ending
 * the worker frees the up-to-256 MiB Argon2 arena at once.
 *
 * Takes ownership of `password`: its buffer is transferred (and zeroed in the
 * worker), so pass a copy you no longer need.
 */
export function argon2idOffThread(password: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number): Promise<Uint8Array> {
  if (!workerFile) return Promise.reject(new Error('The Argon2id worker was not configured (setArgon2WorkerFile).'));
  const file = workerFile;
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    worker.once('message', (answer: Argon2Answer) =>
      finish(() => (answer.ok ? resolve(answer.key) : reject(new Error(`Argon2id failed: ${answer.message}`)))),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`The Argon2id worker stopped early (exit code ${code}).`))));
    const request: Argon2Request = { password, salt: new Uint8Array(salt), opslimit, memlimit };
    worker.postMessage(request, [password.buffer as ArrayBuffer]);
  });
}
