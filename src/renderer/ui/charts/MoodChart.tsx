import { measureByKey } from '../../../shared/domain/checkin-measures';
import { eachDay } from '../../../shared/medication/days';
import { MEASURES, type CheckinDay, type Measure } from '../../../shared/summary/checkins';
import type { SummaryPeriod } from '../../../shared/summary/period';
import { formatDay } from '../../../shared/clinical/summary';

const W = 640;
const H = 260;
const PAD = { left: 30, right: 44, top: 10, bottom: 30 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

/** Line styles that stay apart on a black-and-white printer, given out in the table's order. */
const LINES = [
  { dash: '', width: 3 },
  { dash: '9 6', width: 2.4 },
  { dash: '2 5', width: 2.6 },
  { dash: '14 4 3 4', width: 1.8 },
  { dash: '1 3', width: 2 },
  { dash: '6 3', width: 1.6 },
] as const;
const STYLE = Object.fromEntries(
  MEASURES.map((key, i) => {
    const m = measureByKey(key);
    return [key, { label: m.scale === 'hours' ? `${m.label} (h, right scale)` : m.label, ...LINES[i % LINES.length]! }];
  }),
) as Record<Measure, { label: string; dash: string; width: number }>;

/** Ratings use their own 0–max on the left; hours 0–12 on the right. */
const scaleMax = (key: Measure) => {
  const m = measureByKey(key);
  return m.scale === 'hours' ? 12 : m.max;
};

/** A small inline SVG: vector, so it prints sharp at any resolution. */
export function MoodChart({ series, period }: { series: CheckinDay[]; period: SummaryPeriod }) {
  const days = eachDay(period.from, period.to);
  const x = (date: string) => PAD.left + (days.length <= 1 ? PLOT_W / 2 : (days.indexOf(date) / (days.length - 1)) * PLOT_W);
  const y = (m: Measure, v: number) => PAD.top + PLOT_H - (Math.min(v, scaleMax(m)) / scaleMax(m)) * PLOT_H;
  const paths = MEASURES.map((m) => {
    const points = series.filter((d) => d.values[m] !== undefined).map((d) => `${x(d.date).toFixed(1)},${y(m, d.values[m]!).toFixed(1)}`);
    return { m, d: points.length > 0 ? `M${points.join('L')}` : '' };
  });
  const ticks = [0, 5, 10];
  return (
    <figure className="summary-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Mood, anxiety, energy (0–10) and sleep hours for each day of the period">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y('mood', t)} y2={y('mood', t)} stroke="#bbb" strokeWidth="0.6" />
            <text x={PAD.left - 4} y={y('mood', t) + 6} textAnchor="end" fontSize="16">
              {t}
            </text>
            <text x={W - PAD.right + 4} y={y('mood', t) + 6} fontSize="16">
              {(t / 10) * 12}h
            </text>
          </g>
        ))}
        <text x={PAD.left} y={H - 6} fontSize="16">
          {formatDay(period.from)}
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize="16" textAnchor="end">
          {formatDay(period.to)}
        </text>
        {paths.map(({ m, d }) =>
          d ? <path key={m} d={d} fill="none" stroke="#000" strokeWidth={STYLE[m].width} strokeDasharray={STYLE[m].dash || undefined} /> : null,
        )}
      </svg>
      <figcaption className="summary-legend">
        {MEASURES.map((m) => (
          <span key={m}>
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" x2="28" y1="4" y2="4" stroke="#000" strokeWidth={STYLE[m].width} strokeDasharray={STYLE[m].dash || undefined} />
            </svg>
            {STYLE[m].label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
