// Child process for no-plaintext-leftovers.test.ts: writes a plain export
// through the real atomic writer with Cairn's temp-file ledger, slowly, and
// says when the temporary file is being written so the parent can kill it.
import { writeFileAtomic } from '../../electron/main/fs/atomic-write';
import { PendingTempFiles } from '../../electron/main/fs/pending-temp-files';

const [dataDir, target, marker] = process.argv.slice(2) as [string, string, string];
const { pending } = await PendingTempFiles.load(dataDir);

async function* slowPlaintext(): AsyncGenerator<Uint8Array> {
  const line = new TextEncoder().encode(`{"title":"${marker}"}\n`);
  for (let i = 0; ; i++) {
    yield line;
    if (i === 200) process.stdout.write('writing\n');
    await new Promise((r) => setTimeout(r, 1));
  }
}

await writeFileAtomic(target, slowPlaintext(), pending);
