import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { channels, ipcName } from '../../src/shared/channels';

const bundle = path.resolve('out/main/index.js');

interface SmokeRecord {
  windows: { webPreferences: Record<string, unknown> }[];
  loadedUrls: string[];
  handlers: string[];
  schemes: { scheme: string }[];
  protocolHandlers: string[];
  sandboxEnabled: boolean;
  singleInstanceLock: boolean;
  sessionHardened: Record<string, boolean>;
  calls: Record<string, { asApp: { ok: boolean }; asStranger: { ok: boolean; error?: { code: string } } }>;
  errors: string[];
}

describe('built main bundle (electron faked)', () => {
  it('boots, opens one secure window and serves every contract channel', async () => {
    expect(existsSync(bundle), 'run `npm run build` first').toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'cairn-smoke-'));
    const report = path.join(dir, 'report.json');
    await promisify(execFile)(process.execPath, ['--import', './tests/smoke/register.mjs', bundle], {
      env: { ...process.env, SMOKE_REPORT: report, SMOKE_DATA_DIR: dir },
      timeout: 20_000,
    });
    const record = JSON.parse(readFileSync(report, 'utf8')) as SmokeRecord;

    expect(record.errors).toEqual([]);
    expect(record.singleInstanceLock).toBe(true);
    expect(record.sandboxEnabled).toBe(true);
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
    expect(String(record.windows[0]?.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(record.loadedUrls).toEqual(['app://cairn/index.html']);

    expect([...record.handlers].sort()).toEqual(channels.map(ipcName).sort());
    for (const channel of channels) {
      const call = record.calls[ipcName(channel)];
      expect(call?.asApp.ok, channel).toBe(true);
      expect(call?.asStranger, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
