import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { installBackgroundPresence, type TrayLike } from './background-presence';
import { BackgroundSetting } from './background-setting';

function fakeWindow() {
  let onClose: (event: { preventDefault: () => void }) => void = () => {};
  const window = { on: (_: 'close', listener: typeof onClose) => (onClose = listener), hide: vi.fn() };
  /** Closes the window as the person would; returns whether it really closed. */
  const close = () => {
    let prevented = false;
    onClose({ preventDefault: () => (prevented = true) });
    return !prevented;
  };
  return { window, close };
}

async function setup() {
  const setting = await BackgroundSetting.load(await mkdtemp(join(tmpdir(), 'cairn-bg-')));
  const { window, close } = fakeWindow();
  const trays: (TrayLike & { destroyed: boolean; click: () => void })[] = [];
  const lock = vi.fn();
  const showWindow = vi.fn();
  let quitting = false;
  installBackgroundPresence(window, {
    setting,
    createTray: () => {
      const tray = { destroyed: false, click: () => {}, on: (_: 'click', l: () => void) => (tray.click = l), destroy: () => void (tray.destroyed = true) };
      trays.push(tray);
      return tray;
    },
    showWindow,
    quitting: () => quitting,
    lock,
  });
  return { setting, window, close, trays, lock, showWindow, quit: () => (quitting = true) };
}

describe('keep running in the background when the window is closed', () => {
  it('is off by default: no tray, and closing the window closes it', async () => {
    const { close, trays, lock } = await setup();
    expect(trays).toEqual([]);
    expect(close()).toBe(true);
    expect(lock).not.toHaveBeenCalled();
  });

  it('when set: a tray appears, closing hides the window and locks the journal; the tray brings it back', async () => {
    const { setting, window, close, trays, lock, showWindow } = await setup();
    await setting.set(true);
    expect(trays).toHaveLength(1);
    expect(close()).toBe(false);
    expect(window.hide).toHaveBeenCalledOnce();
    expect(lock).toHaveBeenCalledOnce();
    trays[0]!.click();
    expect(showWindow).toHaveBeenCalledOnce();
  });

  it('still quits when the person chooses Quit', async () => {
    const { setting, close, quit } = await setup();
    await setting.set(true);
    quit();
    expect(close()).toBe(true);
  });

  it('turning it off removes the tray and closing quits again', async () => {
    const { setting, close, trays } = await setup();
    await setting.set(true);
    await setting.set(false);
    expect(trays[0]!.destroyed).toBe(true);
    expect(close()).toBe(true);
  });
});

describe('the background setting file', () => {
  it('is remembered across starts and holds nothing but the choice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cairn-bg-'));
    await (await BackgroundSetting.load(dir)).set(true);
    expect((await BackgroundSetting.load(dir)).keepRunning).toBe(true);
    expect(JSON.parse(await readFile(join(dir, 'background.json'), 'utf8'))).toEqual({ keepRunning: true });
  });

  it('reads a damaged file as off', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cairn-bg-'));
    await writeFile(join(dir, 'background.json'), '{"keepRunning": "yes"');
    expect((await BackgroundSetting.load(dir)).keepRunning).toBe(false);
  });
});
