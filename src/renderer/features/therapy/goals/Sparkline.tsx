import type { GoalCheckIn } from '../../../../shared/domain/therapy';
import styles from '../therapy.module.css';

const W = 160;
const H = 40;
const PAD = 4;
const DAY_MS = 86_400_000;

/** Scores 0–10 against time, drawn small enough to sit beside the goal's title. */
export function Sparkline({ checkIns, label }: { checkIns: readonly GoalCheckIn[]; label: string }) {
  const ordered = [...checkIns].sort((a, b) => a.date.localeCompare(b.date));
  const times = ordered.map((c) => Date.parse(`${c.date}T00:00:00Z`) / DAY_MS);
  const start = times[0] ?? 0;
  const end = times[times.length - 1] ?? start;
  // Several check-ins on one day are spread evenly rather than stacked on one x.
  const sameDay = end === start;
  const points = ordered.map((c, i) => {
    const share = sameDay ? i / Math.max(ordered.length - 1, 1) : ((times[i] ?? start) - start) / (end - start);
    const x = ordered.length === 1 ? W / 2 : PAD + share * (W - 2 * PAD);
    const y = PAD + (1 - c.score / 10) * (H - 2 * PAD);
    return { x, y, id: c.id };
  });

  return (
    <svg className={styles.sparkline} role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width={W} height={H}>
      <line className={styles.sparklineAxis} x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
      <polyline fill="none" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
      {points.map((p) => (
        <circle key={p.id} cx={p.x} cy={p.y} r={2.5} />
      ))}
    </svg>
  );
}
