import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { channels, ipcName } from '../../src/shared/channels';
import type { Result } from '../../src/shared/result';
import { UNIT_PROCESS } from '../timeouts';

const bundle = path.resolve(process.env.CAIRN_OUT_DIR ?? 'out', 'main/index.js');

interface SmokeRecord {
  windows: ({ webPreferences: Record<string, unknown> } & Record<string, unknown>)[];
  loadedUrls: string[];
  handlers: string[];
  schemes: { scheme: string }[];
  protocolHandlers: string[];
  sandboxEnabled: boolean;
  singleInstanceLock: boolean;
  sessionHardened: Record<string, boolean>;
  calls: Record<string, { asApp: Result<unknown>; asStranger: Result<unknown> }>;
  menu: { label?: string; submenu?: { label?: string; accelerator?: string }[] }[] | null;
  errors: string[];
  switches: Record<string, string>;
  sent: { channel: string; payload: unknown }[];
  quitCalled: boolean;
  focused: number;
  webContents: { webRTCPolicy: string | null; windowOpenHandler: boolean }[];
  exitCode: number | null;
  errorBoxes: { title: string; message: string }[];
  userDataSetTo?: string;
  vaultCreate: { result: Result<{ recoveryKey: string }>; loopTurns: number };
}

async function boot(extraEnv: Record<string, string> = {}, args: string[] = [], dir = mkdtempSync(path.join(tmpdir(), 'cairn-smoke-'))): Promise<SmokeRecord> {
  expect(existsSync(bundle), 'run `npm run build` first').toBe(true);
  const report = path.join(dir, 'report.json');
  await promisify(execFile)(process.execPath, ['--import', './tests/smoke/register.mjs', bundle, ...args], {
    env: { ...process.env, SMOKE_REPORT: report, SMOKE_DATA_DIR: dir, ...extraEnv },
    timeout: UNIT_PROCESS,
  });
  return JSON.parse(readFileSync(report, 'utf8')) as SmokeRecord;
}

// Each boot starts a Node process and loads libsodium: seconds on a busy machine.
describe('built main bundle (electron faked)', { timeout: UNIT_PROCESS }, () => {
  it('a second launch quits at once, opening no window and touching no data', async () => {
    const record = await boot({ SMOKE_SECOND_INSTANCE: '1' });
    expect(record.errors).toEqual([]);
    expect(record.quitCalled).toBe(true);
    expect(record.windows).toEqual([]);
    expect(record.handlers).toEqual([]);
  }, UNIT_PROCESS);

  it('boots, opens one secure window and serves every contract channel', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cairn-smoke-'));
    // Last run the window sat partly off the right edge of this (fake) 1440-wide screen.
    writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ x: 900, y: 25, width: 1000, height: 700, maximized: 0 }));
    const record = await boot({}, [], dir);

    expect(record.errors).toEqual([]);
    expect(record.singleInstanceLock).toBe(true);
    expect(record.sandboxEnabled).toBe(true);
    expect(record.switches['host-resolver-rules']).toBe('MAP * ~NOTFOUND');
    expect(record.schemes.map((s) => s.scheme)).toEqual(['app']);
    expect(record.protocolHandlers).toEqual(['app']);
    expect(record.sessionHardened).toEqual({ webRequest: true, permissionRequest: true, permissionCheck: true });

    expect(record.windows).toHaveLength(1);
    expect(record.windows[0]?.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(record.windows[0]?.webPreferences.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(record.loadedUrls).toEqual(['app://cairn/index.html']);
    // Remembered size, pulled back fully on screen, with the design's minimum.
    expect(record.windows[0]).toMatchObject({ x: 440, y: 25, width: 1000, height: 700, minWidth: 900, minHeight: 650 });
    // Closing saved the window's normal bounds, atomically, as numbers only.
    expect(JSON.parse(readFileSync(path.join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 60, width: 1000, height: 700, maximized: 0 });

    expect([...record.handlers].sort()).toEqual(channels.map(ipcName).sort());
    for (const channel of channels) {
      const call = record.calls[ipcName(channel)];
      // From the app, an empty request reaches the contract (answered or refused by schema);
      // from a stranger it is refused before parsing.
      if (call?.asApp.ok === false) expect(call.asApp.error.code, channel).not.toBe('forbidden');
      expect(call?.asStranger, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(record.calls[ipcName('vault.status')]?.asApp).toEqual({
      ok: true,
      value: { state: 'none', unlockedAt: null, retryAfterMs: 0 },
    });
    const lockItem = record.menu?.flatMap((m) => m.submenu ?? []).find((i) => i.label === 'Lock Cairn');
    expect(lockItem?.accelerator).toBe('CmdOrCtrl+L');
    expect(record.menu?.flatMap((m) => m.submenu ?? []).some((i) => i.label === 'Export Backup…')).toBe(true);
    // Argon2id ran on the built worker file while main's event loop kept turning (run inline it would be 0).
    expect(record.vaultCreate.result).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    expect(record.vaultCreate.loopTurns).toBeGreaterThan(10);
    // The running instance came forward when a second launch happened.
    expect(record.focused).toBeGreaterThan(0);
    // Suspend locks, and so does the page's process going away.
    expect(record.sent.filter((s) => s.channel === 'cairn-event:vault.locked')).toEqual([
      { channel: 'cairn-event:vault.locked', payload: { reason: 'os' } },
      { channel: 'cairn-event:vault.locked', payload: { reason: 'os' } },
    ]);
    // Every web contents, not only the window's, gets the WebRTC policy and the window.open denial.
    expect(record.webContents.length).toBeGreaterThan(0);
    for (const contents of record.webContents) {
      expect(contents).toEqual({ webRTCPolicy: 'disable_non_proxied_udp', windowOpenHandler: true });
    }
  });

  it('a development build honours CAIRN_USER_DATA and debugger switches', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'cairn-smoke-override-'));
    const record = await boot({ CAIRN_USER_DATA: elsewhere }, ['--inspect=9229']);
    expect(record.errors).toEqual([]);
    expect(record.exitCode).toBeNull();
    expect(record.userDataSetTo).toBe(elsewhere);
    expect(record.windows).toHaveLength(1);
  });

  it('a packaged build ignores CAIRN_USER_DATA', async () => {
    const record = await boot({ SMOKE_PACKAGED: '1', CAIRN_USER_DATA: mkdtempSync(path.join(tmpdir(), 'cairn-smoke-override-')) });
    expect(record.errors).toEqual([]);
    expect(record.userDataSetTo).toBeUndefined();
    expect(record.windows).toHaveLength(1);
  });

  it.each([['--remote-debugging-port=9222'], ['--inspect-brk'], ['--js-flags=--expose-gc']])(
    'a packaged build launched with %s exits with a message, opening nothing',
    async (flag) => {
      const record = await boot({ SMOKE_PACKAGED: '1' }, [flag]);
      expect(record.errors).toEqual([]);
      expect(record.exitCode).toBe(1);
      expect(record.errorBoxes).toEqual([{ title: 'Cairn did not start', message: expect.stringContaining(flag.split('=')[0]!) }]);
      expect(record.windows).toEqual([]);
      expect(record.handlers).toEqual([]);
    },
  );
});
