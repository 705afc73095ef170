import { useThemeColors } from '../../ui/useThemeColors';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
}

const read = (): ChartColors => {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return { text: get('--text'), muted: get('--muted'), grid: get('--border'), accent: get('--accent') };
};

/** The theme's colours for a canvas (which cannot read CSS variables), updated when light/dark switches. */
export function useChartColors(): ChartColors {
  return useThemeColors(read);
}

/** "#2f5d8a" + 0.1 → "rgba(47, 93, 138, 0.1)". */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
