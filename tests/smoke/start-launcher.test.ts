import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOWNLOADING, findElectron, isNodeTooOld, start, type StartOptions } from '../../scripts/start.mjs';
import { UNIT_PROCESS } from '../timeouts';

/*
 * `npm start` (scripts/start.mjs) without a network and without a real
 * Electron: the download is faked to fail or to succeed, and "Electron" is a
 * small script that records how it was started.
 */

const LAUNCHER = path.resolve('scripts/start.mjs');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cairn-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A node_modules/electron look-alike; `installed` adds path.txt and a binary that records its arguments. */
function fakeElectronDir(options: { installed: boolean; install?: string }): { electronDir: string; binary: string; record: string } {
  const electronDir = path.join(dir, 'electron');
  mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
  const binary = path.join(electronDir, 'dist', 'electron');
  const record = path.join(dir, 'started-with.json');
  const writeBinary = () => {
    const script = `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`;
    writeFileSync(binary, script);
    chmodSync(binary, 0o755);
    writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  };
  if (options.installed) writeBinary();
  if (options.install) writeFileSync(path.join(electronDir, 'install.js'), options.install);
  return { electronDir, binary, record };
}

function recorder() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, say: (t: string) => void out.push(t), complain: (t: string) => void err.push(t) };
}

describe('start(), effects injected', () => {
  it('offline: the download fails and it ends with one plain message naming what, why and the command', async () => {
    const { electronDir } = fakeElectronDir({ installed: false });
    const io = recorder();
    let opened = false;
    const code = await start({
      electronDir,
      env: {},
      download: async () => ({ ok: false, cause: 'the download failed: fetch failed' }),
      open: async () => ((opened = true), 0),
      ...io,
    } satisfies StartOptions);

    expect(code).toBe(1);
    expect(opened).toBe(false);
    expect(io.out).toEqual([DOWNLOADING]); // said once, before downloading
    expect(io.err).toHaveLength(1);
    const [message] = io.err;
    expect(message).toContain('the Electron runtime is missing');
    expect(message).toContain('about 100 MB');
    expect(message).toContain('downloaded once');
    expect(message).toContain('(the download failed: fetch failed)');
    expect(message).toMatch(/When you are online, run:\n\n {4}npm start\n/);
    expect(message).not.toMatch(/^\s+at /m);
  });

  it('first start online: downloads once, then hands the new binary to electron-vite preview', async () => {
    const { electronDir, binary } = fakeElectronDir({ installed: false });
    const io = recorder();
    const downloads: string[] = [];
    const opened: { electron: string; args: string[] }[] = [];
    const code = await start({
      electronDir,
      args: ['--skipBuild'],
      env: {},
      // What Electron's installer leaves behind: dist/electron and path.txt.
      download: async (target) => {
        downloads.push(target);
        fakeElectronDir({ installed: true });
        return { ok: true };
      },
      open: async (electron, args) => (opened.push({ electron, args }), 0),
      ...io,
    });
    expect(code).toBe(0);
    expect(downloads).toEqual([electronDir]);
    expect(opened).toEqual([{ electron: binary, args: ['--skipBuild'] }]);
    expect(io.out[0]).toBe(DOWNLOADING);
    expect(io.err).toEqual([]);
  });

  it('later starts: the binary is there, so nothing is downloaded and nothing is said', async () => {
    const { electronDir, binary } = fakeElectronDir({ installed: true });
    const io = recorder();
    const opened: string[] = [];
    const code = await start({
      electronDir,
      env: {},
      download: async () => {
        throw new Error('must not download');
      },
      open: async (electron) => (opened.push(electron), 0),
      ...io,
    });
    expect(code).toBe(0);
    expect(opened).toEqual([binary]);
    expect(io.out).toEqual([]);
  });

  it('a Node older than the toolchain needs gets the version to install, and nothing runs', async () => {
    const io = recorder();
    const code = await start({
      nodeVersion: 'v18.20.4',
      electronDir: path.join(dir, 'nowhere'),
      env: {},
      download: async () => {
        throw new Error('must not download');
      },
      ...io,
    });
    expect(code).toBe(1);
    expect(io.err.join('')).toContain('Install Node.js 22');
    expect(isNodeTooOld('v20.18.3')).toBe(true);
    expect(isNodeTooOld('v20.19.0')).toBe(false);
    expect(isNodeTooOld('v22.12.0')).toBe(false);
  });

  it('ELECTRON_EXEC_PATH wins over node_modules/electron, as it does in electron-vite', () => {
    const { electronDir, binary } = fakeElectronDir({ installed: true });
    const other = path.join(dir, 'other-electron');
    writeFileSync(other, '');
    expect(findElectron(electronDir, {})).toBe(binary);
    expect(findElectron(electronDir, { ELECTRON_EXEC_PATH: other })).toBe(other);
    expect(findElectron(path.join(dir, 'missing'), {})).toBeNull();
  });
});

describe('node scripts/start.mjs, the real script', () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    promisify(execFile)(process.execPath, [LAUNCHER, ...args], { env: { ...process.env, ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it(
    "offline: Electron's installer fails with a stack trace; the person sees only the plain message",
    async () => {
      // The real installer's failure, as it prints it without a network.
      const install = `console.error(new TypeError('fetch failed').stack); process.exit(1);\n`;
      const { electronDir } = fakeElectronDir({ installed: false, install });
      const { code, stdout, stderr } = await run({ CAIRN_ELECTRON_DIR: electronDir, ELECTRON_EXEC_PATH: '' });
      expect(code).toBe(1);
      expect(stdout).toContain('Downloading it now');
      expect(stderr).toContain('the Electron runtime is missing');
      expect(stderr).toContain('(the download failed: fetch failed)');
      expect(stderr).toContain('    npm start');
      expect(stderr).not.toMatch(/^\s+at /m);
    },
    UNIT_PROCESS,
  );

  it(
    'with a fake Electron installed: electron-vite preview starts that binary',
    async () => {
      const { electronDir, binary, record } = fakeElectronDir({ installed: true });
      // --skipBuild: the build is tested elsewhere; --entry: any existing file, so no out/ is needed.
      const { code, stderr } = await run({ CAIRN_ELECTRON_DIR: electronDir, ELECTRON_EXEC_PATH: '' }, ['--skipBuild', '--entry', LAUNCHER]);
      expect(stderr).not.toContain('Electron uninstall');
      expect(code).toBe(0);
      // electron-vite spawned our binary (not node_modules/electron's) with the entry.
      expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual([LAUNCHER]);
      expect(binary.startsWith(dir)).toBe(true);
    },
    UNIT_PROCESS,
  );
});
