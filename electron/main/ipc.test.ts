import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { channels, ipcName } from '../../src/shared/channels';
import type { Services } from './dispatch';
import { handleInvoke, registerIpc } from './ipc';

const services = () =>
  ({
    'app.info': vi.fn(() => ({ name: 'Cairn', version: '1', dataLocation: '/d' })),
  }) as unknown as Services & { 'app.info': ReturnType<typeof vi.fn> };

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } as never });

describe('IPC sender check', () => {
  it('serves the top-level app://cairn frame', async () => {
    const s = services();
    const result = await handleInvoke('app.info', frame('app://cairn/index.html#/journal'), {}, s);
    expect(result.ok).toBe(true);
    expect(s['app.info']).toHaveBeenCalledOnce();
  });

  it.each([
    'https://evil.example/index.html',
    'app://cairn.evil.example/index.html',
    'app://evil/index.html',
    'app://user@cairn/index.html',
    'http://cairn/index.html',
    'file:///work/out/renderer/index.html',
    'not a url',
    '',
  ])('refuses a request from %j and never calls the service', async (url) => {
    const s = services();
    const result = await handleInvoke('app.info', frame(url), {}, s);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(s['app.info']).not.toHaveBeenCalled();
  });

  it('refuses a subframe even on the app origin, and a destroyed frame', async () => {
    const s = services();
    expect((await handleInvoke('app.info', frame('app://cairn/x.html', {}), {}, s)).ok).toBe(false);
    expect((await handleInvoke('app.info', { senderFrame: null }, {}, s)).ok).toBe(false);
    expect(s['app.info']).not.toHaveBeenCalled();
  });

  it('registers exactly one handler per contract channel', () => {
    const handle = vi.fn();
    registerIpc({ handle } as unknown as IpcMain, services());
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(channels.map(ipcName).sort());
  });
});
