import { useThemeColors } from '../useThemeColors';
import './chart-tokens.css';

/**
 * The one theme reader for charts: colours for a canvas, read from CSS
 * variables (tokens.css, chart-tokens.css) so light and
 * dark mode each get a readable set. The series colours are the Okabe–Ito
 * palette, chosen to stay apart for the common kinds of colour blindness;
 * every series also has its own point shape and dash so colour is never the
 * only difference.
 */
export interface ChartTheme {
  text: string;
  accent: string;
  muted: string;
  grid: string;
  surface: string;
  series: string[];
  band: string;
  marker: Record<'start' | 'dose' | 'taper' | 'stop' | 'session', string>;
}

const read = (): ChartTheme => {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: get('--text'),
    accent: get('--accent'),
    muted: get('--muted'),
    grid: get('--border'),
    surface: get('--surface'),
    series: [1, 2, 3, 4, 5, 6].map((i) => get(`--chart-series-${i}`)),
    band: get('--chart-band'),
    marker: {
      start: get('--chart-marker-start'),
      dose: get('--chart-marker-dose'),
      taper: get('--chart-marker-taper'),
      stop: get('--chart-marker-stop'),
      session: get('--chart-marker-session'),
    },
  };
};

/** The theme's chart colours, read again when light/dark switches (OS or Settings → Appearance). */
export function useChartTheme(): ChartTheme {
  return useThemeColors(read);
}

export const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'crossRot', 'star'] as const;
export const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 5], [12, 6]];
export const MARKER_DASHES: Record<keyof ChartTheme['marker'], number[]> = {
  start: [],
  dose: [8, 4],
  taper: [3, 3],
  stop: [12, 3, 3, 3],
  session: [1, 4],
};

/** "#2f5d8a" + 0.1 → "rgba(47, 93, 138, 0.1)". */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
