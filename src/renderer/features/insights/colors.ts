import { useThemeColors } from '../../ui/useThemeColors';

/**
 * Colours for a canvas, read from CSS variables (insights.css) so light and
 * dark mode each get a readable set. The series colours are the Okabe–Ito
 * palette, chosen to stay apart for the common kinds of colour blindness;
 * every series also has its own point shape and dash so colour is never the
 * only difference.
 */
export interface InsightColors {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  series: string[];
  band: string;
  marker: Record<'start' | 'dose' | 'taper' | 'stop' | 'session', string>;
}

const read = (): InsightColors => {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: get('--text'),
    muted: get('--muted'),
    grid: get('--border'),
    surface: get('--surface'),
    series: [1, 2, 3, 4, 5, 6].map((i) => get(`--insights-series-${i}`)),
    band: get('--insights-band'),
    marker: {
      start: get('--insights-marker-start'),
      dose: get('--insights-marker-dose'),
      taper: get('--insights-marker-taper'),
      stop: get('--insights-marker-stop'),
      session: get('--insights-marker-session'),
    },
  };
};

export function useInsightColors(): InsightColors {
  return useThemeColors(read);
}

export const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'crossRot', 'star'] as const;
export const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 5], [12, 6]];
export const MARKER_DASHES: Record<keyof InsightColors['marker'], number[]> = {
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
