import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_WINDOW, placeWindow, readWindowState, WINDOW_STATE_FILE, writeWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('placing the window on the displays present', () => {
  it('with nothing saved: the default size, no position (the OS centres it)', () => {
    expect(placeWindow(null, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('restores a saved place that is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1300, height: 900, maximized: 0 as const };
    expect(placeWindow(saved, [laptop, external])).toEqual({ x: 1600, y: 100, width: 1300, height: 900, maximized: false });
  });

  it('a window that was on an unplugged monitor opens on one present, no larger than it', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: 0 as const };
    const placed = placeWindow(saved, [laptop]);
    expect(placed.x).toBeUndefined();
    expect(placed.y).toBeUndefined();
    expect(placed.width).toBeLessThanOrEqual(laptop.width);
    expect(placed.height).toBeLessThanOrEqual(laptop.height);
  });

  it('pulls a window hanging off the edge fully inside its display', () => {
    const saved = { x: 1000, y: -20, width: 1000, height: 700, maximized: 0 as const };
    expect(placeWindow(saved, [laptop])).toMatchObject({ x: 440, y: 0, width: 1000, height: 700 });
  });

  it('never goes below the minimum size, whatever was saved', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, maximized: 1 as const };
    expect(placeWindow(saved, [laptop])).toMatchObject({ width: MIN_WINDOW.width, height: MIN_WINDOW.height, maximized: true });
    expect(MIN_WINDOW.width).toBeGreaterThanOrEqual(900);
    expect(MIN_WINDOW.height).toBeGreaterThanOrEqual(650);
  });
});

describe('the window-state file', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'cairn-window-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('round-trips, holding only numbers', async () => {
    await writeWindowState(dir, { x: 12.4, y: 30, width: 1000.6, height: 700 }, true);
    const text = await readFile(path.join(dir, WINDOW_STATE_FILE), 'utf8');
    expect(Object.values(JSON.parse(text) as object).every((v) => typeof v === 'number')).toBe(true);
    expect(await readWindowState(dir)).toEqual({ x: 12, y: 30, width: 1001, height: 700, maximized: 1 });
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"x": 1,'],
    ['text where numbers belong', '{"x":"0","y":0,"width":900,"height":650,"maximized":0}'],
    ['an extra field', '{"x":0,"y":0,"width":900,"height":650,"maximized":0,"path":"/home"}'],
    ['a negative size', '{"x":0,"y":0,"width":-900,"height":650,"maximized":0}'],
  ])('a %s file is ignored (default placement), never an error', async (_label, content) => {
    if (content !== null) await writeFile(path.join(dir, WINDOW_STATE_FILE), content);
    expect(await readWindowState(dir)).toBeNull();
  });
});
