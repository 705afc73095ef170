/*
 * A stand-in for out/main/argon2-worker.js in the end-to-end fixture (issue 24:
 * "the KDF cost is paid once per worker at most"). It speaks the product
 * worker's protocol (one Argon2Request in, one Argon2Answer out) and hands
 * every derivation to the real built worker, except a repeat at the one cost
 * it was told to remember (the fixture vault's, the cheapest the product
 * accepts; never the product's default). Argon2id is a pure function, so a
 * repeat answered from the folder is exactly the key the real worker would
 * give; the vault code around it (keyslot, header checks, unlock) runs as is.
 *
 * Plain JavaScript: worker threads load it without the specs' TypeScript loader.
 * Settings come from process.env, which a worker thread copies at start
 * (tests/harness/argon2-memo.ts sets them).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

const realWorker = process.env.CAIRN_ARGON2_REAL_WORKER;
const folder = process.env.CAIRN_ARGON2_MEMO_DIR;
const cost = process.env.CAIRN_ARGON2_MEMO_COST;
if (!parentPort || !realWorker || !folder || !cost) throw new Error('argon2-remembering-worker: run as a worker thread with CAIRN_ARGON2_REAL_WORKER, _MEMO_DIR and _MEMO_COST set.');
const port = parentPort;

/** Names a derivation by a hash of its inputs; the passphrase itself is never written. */
function memoFile(request) {
  const hash = createHash('sha256').update(`${request.opslimit}/${request.memlimit}/${request.salt.length}/`).update(request.salt).update(request.password);
  return path.join(folder, `${hash.digest('hex')}.key`);
}

port.once('message', (request) => {
  const file = `${request.opslimit}/${request.memlimit}` === cost ? memoFile(request) : null;
  if (file && existsSync(file)) {
    // The real worker zeroes the passphrase it was given; so does this one.
    request.password.fill(0);
    const key = new Uint8Array(readFileSync(file));
    port.postMessage({ ok: true, key }, [key.buffer]);
    return;
  }
  const real = new Worker(realWorker);
  const answerWith = (answer) => {
    void real.terminate();
    port.postMessage(answer, answer.ok ? [answer.key.buffer] : []);
  };
  real.once('message', (answer) => {
    if (answer.ok && file) {
      // Written whole, then renamed: a parallel reader never sees half a key.
      writeFileSync(`${file}.part`, answer.key);
      renameSync(`${file}.part`, file);
    }
    answerWith(answer);
  });
  real.once('error', (error) => answerWith({ ok: false, message: error.message }));
  real.postMessage(request, [request.password.buffer]);
});
