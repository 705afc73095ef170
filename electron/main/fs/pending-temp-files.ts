import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export const PENDING_TEMP_FILE = 'pending-temp-files.json';

const listSchema = z.array(z.string().min(1).max(4096)).max(1000);

/*
 * A plain export, a PDF or a saved recovery key is plaintext the person asked
 * for; its temporary file beside the target is plaintext they did not. If
 * Cairn is killed mid-write, that hidden file would stay. So every such temp
 * path is recorded here (the paths only, in Cairn's data folder) before the
 * temp file exists, dropped once it is renamed or removed, and any path still
 * listed at the next start is deleted.
 */
export class PendingTempFiles {
  private paths = new Set<string>();
  /** Ledger writes one at a time, so two exports never lose each other's entry. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly dataDir: string) {}

  /** Reads the ledger and removes every leftover it names (a crash during an earlier write). */
  static async load(dataDir: string): Promise<{ pending: PendingTempFiles; removed: string[] }> {
    const pending = new PendingTempFiles(dataDir);
    let listed: string[] = [];
    try {
      const parsed = listSchema.safeParse(JSON.parse(await readFile(join(dataDir, PENDING_TEMP_FILE), 'utf8')));
      if (parsed.success) listed = parsed.data;
    } catch {
      // No ledger: nothing was pending.
    }
    const removed: string[] = [];
    for (const path of listed) {
      // Only our own temp names (".<name>.<hex>.tmp"), so an edited ledger cannot make Cairn delete other files.
      if (!/[\\/]\.[^\\/]+\.[0-9a-f]{12}\.tmp$/.test(path)) continue;
      await rm(path, { force: true }).catch(() => {});
      removed.push(path);
    }
    if (listed.length > 0) await pending.persist();
    return { pending, removed };
  }

  track(path: string): Promise<void> {
    this.paths.add(path);
    return this.persist();
  }

  untrack(path: string): Promise<void> {
    this.paths.delete(path);
    return this.persist();
  }

  private persist(): Promise<void> {
    const run = this.queue.then(async () => {
      await mkdir(this.dataDir, { recursive: true });
      await writeFileAtomic(join(this.dataDir, PENDING_TEMP_FILE), JSON.stringify([...this.paths]));
    });
    this.queue = run.catch(() => {});
    return run;
  }
}
