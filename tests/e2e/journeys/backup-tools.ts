import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Records in a backup, read by the standalone recovery script (no app code); null if the passphrase does not open it. */
export function recordsIn(file: string, passphrase: string): { id: string; kind: string; title?: string }[] | null {
  try {
    const json = execFileSync(process.execPath, ['scripts/decrypt-backup.mjs', file], {
      env: { ...process.env, CAIRN_BACKUP_PASSPHRASE: passphrase },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
    return (JSON.parse(json) as { records: { id: string; kind: string; title?: string }[] }).records;
  } catch {
    return null;
  }
}

export const backupsIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.cairnbackup'));

/** The automatic backup written last (by its sequence number, not its clock time). */
export function newestAutoBackup(folder: string): string {
  const seq = (f: string) => Number(/\((\d+)\)\.cairnbackup$/.exec(f)?.[1] ?? -1);
  const newest = backupsIn(folder).sort((a, b) => seq(a) - seq(b)).at(-1);
  if (!newest) throw new Error(`no backup in ${folder}`);
  return path.join(folder, newest);
}
