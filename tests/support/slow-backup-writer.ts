// Child process for the crash-safety test: writes a large backup over an
// existing file through the real atomic writer, slowly, and says when the
// temporary file is being written so the parent can kill it mid-write.
import { encryptBackup } from '../../electron/main/backup/crypto';
import { writeFileAtomic } from '../../electron/main/fs/atomic-write';
import { initSodium } from '../../electron/main/vault/sodium';

const [target, passphrase] = process.argv.slice(2) as [string, string];
await initSodium();

async function* slowPayload(): AsyncGenerator<Uint8Array> {
  const line = new TextEncoder().encode(`${'x'.repeat(1000)}\n`);
  for (let i = 0; ; i++) {
    yield line;
    if (i === 300) process.stdout.write('writing\n');
    await new Promise((r) => setTimeout(r, 1));
  }
}

await writeFileAtomic(target, encryptBackup(slowPayload(), passphrase, { opslimit: 3, memlimit: 64 * 1024 * 1024 }, new Date().toISOString()));
