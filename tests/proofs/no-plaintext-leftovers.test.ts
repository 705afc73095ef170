import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PENDING_TEMP_FILE, PendingTempFiles } from '../../electron/main/fs/pending-temp-files';
import { createServices } from '../../electron/main/services';

const SLOW = 120_000;
const MARKER = 'PLAINTEXT-CANARY-7f3a';

/** Starts the slow writer and kills it (SIGKILL: no cleanup code runs) once its temp file is being written. */
async function crashMidWrite(dataDir: string, target: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', './tests/support/ts-loader.mjs', 'tests/proofs/slow-plaintext-writer.ts', dataDir, target, MARKER], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve());
    child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
}

const hidden = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('a crash while writing a plain file leaves no plaintext after the next start', () => {
  it('the killed write leaves a hidden plaintext temp file, and the next start removes it', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cairn-leftover-'));
    const dataDir = path.join(root, 'Cairn');
    const exports = path.join(root, 'Documents');
    mkdirSync(exports);
    await crashMidWrite(dataDir, path.join(exports, 'Cairn export (not encrypted).json'));
    // The hazard is real: plaintext sits beside the target, hidden by its dot.
    const [temp] = hidden(exports);
    expect(temp).toBeDefined();
    expect(readFileSync(path.join(exports, temp!), 'utf8')).toContain(MARKER);

    const { removed } = await PendingTempFiles.load(dataDir);
    expect(removed).toEqual([path.join(exports, temp!)]);
    expect(readdirSync(exports)).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(dataDir, PENDING_TEMP_FILE), 'utf8'))).toEqual([]);
  }, SLOW);

  it('starting Cairn (createServices) runs the clean-up before anything else', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cairn-leftover-'));
    const dataDir = path.join(root, 'Cairn');
    mkdirSync(dataDir);
    const leftover = path.join(root, '.Cairn recovery key.txt.0123456789ab.tmp');
    writeFileSync(leftover, 'Cairn recovery key\n\nABCD-…');
    const other = path.join(root, 'my-notes.txt');
    writeFileSync(other, 'not Cairn’s');
    // An edited ledger naming a file that is not one of Cairn's temp files deletes nothing.
    writeFileSync(path.join(dataDir, PENDING_TEMP_FILE), JSON.stringify([leftover, other]));
    const { reminders } = await createServices({
      dataDir,
      version: 'test',
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => null },
      printer: { print: async () => true, pdf: async () => new Uint8Array() },
      onLocked: () => {},
      notifier: { show: () => {} },
      onReminderClicked: () => {},
    });
    reminders.stop();
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(other)).toBe(true);
  }, SLOW);

  it('a completed write leaves the ledger empty', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cairn-ledger-'));
    const { pending } = await PendingTempFiles.load(dataDir);
    const { writeFileAtomic } = await import('../../electron/main/fs/atomic-write');
    await writeFileAtomic(path.join(dataDir, 'out.csv'), 'a,b\r\n', pending);
    expect(JSON.parse(readFileSync(path.join(dataDir, PENDING_TEMP_FILE), 'utf8'))).toEqual([]);
    expect(hidden(dataDir)).toEqual([]);
  }, SLOW);
});
