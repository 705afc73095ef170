import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './fs/atomic-write';

/*
 * The main window's size and place, remembered between runs in
 * window-state.json in the data folder. Only numbers are stored. On start the
 * saved rectangle is fitted to the displays present now (a monitor may have
 * been unplugged), so the window never opens off-screen or larger than a screen.
 */

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW = { width: 900, height: 650 } as const;
export const DEFAULT_WINDOW = { width: 1200, height: 800 } as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Rect {
  /** 1 when the window was maximised (a number, like everything in the file). */
  maximized: 0 | 1;
}
/** What the window factory gets: a size, and a position only when one fits a display. */
export interface WindowPlacement {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

const finite = z.number().finite();
const stateSchema = z.strictObject({
  x: finite,
  y: finite,
  width: finite.positive(),
  height: finite.positive(),
  maximized: z.union([z.literal(0), z.literal(1)]),
});

/** How much of the title bar must be on a display for a saved position to be kept. */
const VISIBLE_EDGE = 100;

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Fits a saved state to today's displays (their work areas); no saved state = default size, centred by the OS. */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  const largest = workAreas.reduce<Rect | null>((best, a) => (!best || a.width * a.height > best.width * best.height ? a : best), null);
  const fit = (size: number, max: number | undefined, min: number) => Math.round(Math.max(min, Math.min(size, max ?? size)));
  if (!saved) {
    return {
      width: fit(DEFAULT_WINDOW.width, largest?.width, MIN_WINDOW.width),
      height: fit(DEFAULT_WINDOW.height, largest?.height, MIN_WINDOW.height),
      maximized: false,
    };
  }
  // The display the window was mostly on; if none, its title bar would be unreachable: let the OS place it.
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, 40) };
  const home = workAreas.reduce<{ area: Rect; shared: number } | null>((best, area) => {
    const shared = overlap(titleBar, area);
    return shared > (best?.shared ?? 0) ? { area, shared } : best;
  }, null);
  const screen = home && home.shared >= VISIBLE_EDGE * Math.min(40, saved.height) ? home.area : null;
  const bounds = screen ?? largest;
  const width = fit(saved.width, bounds?.width, MIN_WINDOW.width);
  const height = fit(saved.height, bounds?.height, MIN_WINDOW.height);
  const placement: WindowPlacement = { width, height, maximized: saved.maximized === 1 };
  if (screen) {
    // Pull the window fully inside the display it was on.
    placement.x = Math.round(Math.min(Math.max(saved.x, screen.x), screen.x + screen.width - width));
    placement.y = Math.round(Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - height));
  }
  return placement;
}

/** The saved state, or null when there is none or it is not what Cairn writes (then the default is used). */
export async function readWindowState(dataDir: string): Promise<WindowState | null> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(path.join(dataDir, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeWindowState(dataDir: string, bounds: Rect, maximized: boolean): Promise<void> {
  const state: WindowState = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: maximized ? 1 : 0,
  };
  await writeFileAtomic(path.join(dataDir, WINDOW_STATE_FILE), JSON.stringify(state));
}
