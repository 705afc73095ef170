import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setArgon2WorkerFile } from '../../electron/main/vault/argon2-thread';

export interface Argon2Memo {
  /** Where the remembered keys are (one file per derivation, named by a hash of its inputs). */
  folder: string;
  /** How many derivations were remembered (each was run once, for real). */
  remembered: () => number;
  /** Back to the real worker alone, and the remembered keys removed. */
  forget: () => void;
}

/**
 * Has the vault code in this process derive through
 * tests/harness/argon2-remembering-worker.mjs: repeats at `cost` come from a
 * folder of this process's own, everything else (every other cost, every new
 * salt or passphrase) from `realWorker`, the product's built worker.
 */
export function rememberArgon2(realWorker: string, cost: { opslimit: number; memlimit: number }): Argon2Memo {
  const folder = mkdtempSync(path.join(tmpdir(), 'cairn-argon2-memo-'));
  Object.assign(process.env, {
    CAIRN_ARGON2_REAL_WORKER: realWorker,
    CAIRN_ARGON2_MEMO_DIR: folder,
    CAIRN_ARGON2_MEMO_COST: `${cost.opslimit}/${cost.memlimit}`,
  });
  setArgon2WorkerFile(fileURLToPath(new URL('./argon2-remembering-worker.mjs', import.meta.url)));
  return {
    folder,
    remembered: () => readdirSync(folder).filter((name) => name.endsWith('.key')).length,
    forget: () => {
      setArgon2WorkerFile(realWorker);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
