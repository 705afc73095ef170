import type { TrendDay } from '../../../shared/review/week-review';
import { weekdayShort } from './week-format';
import styles from './review.module.css';

const W = 560;
const H = 150;
const PAD = { left: 28, right: 36, top: 8, bottom: 22 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

type Line = 'mood' | 'anxiety' | 'sleepHours';
/** Told apart by dash as well as by colour, so the lines stay apart on a black-and-white printer. */
const LINES: { key: Line; label: string; max: number; dash?: string; className: string | undefined }[] = [
  { key: 'mood', label: 'Mood (0–10)', max: 10, className: styles.lineMood },
  { key: 'anxiety', label: 'Anxiety (0–10)', max: 10, dash: '7 5', className: styles.lineAnxiety },
  { key: 'sleepHours', label: 'Sleep (hours, right scale 0–12)', max: 12, dash: '2 4', className: styles.lineSleep },
];

/**
 * The week's check-in trend as a small inline SVG (vector, so it prints
 * sharp). A day without a rating breaks the line rather than dropping to zero.
 * The table under it (WeekTrendTable) is its twin for screen readers and exact values.
 */
export function WeekTrendChart({ trend }: { trend: readonly TrendDay[] }) {
  const x = (i: number) => PAD.left + (i / (trend.length - 1)) * PLOT_W;
  const y = (v: number, max: number) => PAD.top + PLOT_H - (Math.min(v, max) / max) * PLOT_H;
  const path = (line: (typeof LINES)[number]) => {
    let d = '';
    let pen = false;
    trend.forEach((day, i) => {
      const v = day[line.key];
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v, line.max).toFixed(1)}`;
      pen = true;
    });
    return d;
  };
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Mood, anxiety and sleep for each day of the week; the table below gives the values">
        {[0, 5, 10].map((t) => (
          <g key={t} className={styles.chartGrid}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t, 10)} y2={y(t, 10)} />
            <text x={PAD.left - 6} y={y(t, 10) + 4} textAnchor="end">
              {t}
            </text>
            <text x={W - PAD.right + 6} y={y(t, 10) + 4}>
              {(t / 10) * 12}h
            </text>
          </g>
        ))}
        {trend.map((d, i) => (
          <text key={d.day} className={styles.chartDay} x={x(i)} y={H - 6} textAnchor="middle">
            {weekdayShort(d.day)}
          </text>
        ))}
        {LINES.map((line) => {
          const d = path(line);
          const points = trend.map((day, i) => ({ i, v: day[line.key] })).filter((p): p is { i: number; v: number } => p.v !== null);
          return (
            <g key={line.key} className={line.className}>
              {d && <path d={d} fill="none" strokeWidth="2.2" strokeDasharray={line.dash} />}
              {points.map((p) => (
                <circle key={p.i} cx={x(p.i)} cy={y(p.v, line.max)} r="3" />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.legend}>
        {LINES.map((line) => (
          <span key={line.key} className={line.className}>
            <svg width="26" height="8" aria-hidden="true">
              <line x1="0" x2="26" y1="4" y2="4" strokeWidth="2.2" strokeDasharray={line.dash} />
            </svg>
            {line.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
