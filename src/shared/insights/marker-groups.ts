import { formatCount } from '../time/count';
import { formatDay, formatDayRange } from '../time/format';
import type { Marker, MarkerKind } from './events';

/*
 * Markers that would be drawn closer than a few pixels apart are combined,
 * so ten years of weekly therapy is a band along the axis with a count, not
 * 500 vertical lines. Medication changes and therapy sit in separate lanes:
 * a change is never hidden inside a therapy band, and changes close together
 * become one line that names every one of them.
 */

export type Lane = 'medication' | 'therapy';

export interface MarkerGroup {
  id: string;
  lane: Lane;
  /** The colour and dash: the first member's kind. */
  kind: MarkerKind;
  from: string;
  to: string;
  members: readonly Marker[];
  label: string;
}

export interface Scale {
  /** Day at the left edge and the day after the right edge, as on the chart's time axis. */
  toPixel: (day: string) => number;
}

/** Closer than this many pixels, two markers in one lane are one group. */
export const MIN_MARKER_GAP_PX = 8;

const laneOf = (m: Marker): Lane => (m.kind === 'session' ? 'therapy' : 'medication');

const SESSION = { one: 'therapy session', many: 'therapy sessions' };
const CHANGE = { one: 'medication change', many: 'medication changes' };

function labelOf(lane: Lane, members: readonly Marker[], from: string, to: string): string {
  if (members.length === 1) return members[0]!.label;
  if (lane === 'therapy') return `${formatCount(members.length, SESSION)}, ${formatDayRange(from, to)}`;
  const when = from === to ? formatDay(from) : formatDayRange(from, to);
  return `${formatCount(members.length, CHANGE)}, ${when}: ${members.map((m) => m.label).join('; ')}`;
}

function groupLane(lane: Lane, markers: readonly Marker[], scale: Scale, gap: number): MarkerGroup[] {
  const sorted = [...markers].sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
  const runs: Marker[][] = [];
  let lastPx = -Infinity;
  for (const m of sorted) {
    const px = scale.toPixel(m.day);
    const run = runs.at(-1);
    if (run && px - lastPx < gap) run.push(m);
    else runs.push([m]);
    lastPx = px;
  }
  return runs.map((members) => {
    const first = members[0]!;
    const from = first.day;
    const to = members.at(-1)!.day;
    return {
      id: members.length === 1 ? first.id : `group:${first.id}`,
      lane,
      kind: first.kind,
      from,
      to,
      members,
      label: labelOf(lane, members, from, to),
    };
  });
}

/** The groups to draw, medication lane first, each oldest first. */
export function groupMarkers(markers: readonly Marker[], scale: Scale, gap = MIN_MARKER_GAP_PX): MarkerGroup[] {
  return (['medication', 'therapy'] as const).flatMap((lane) =>
    groupLane(
      lane,
      markers.filter((m) => laneOf(m) === lane),
      scale,
      gap,
    ),
  );
}

/** A linear day→pixel scale over [from, dayAfterTo) for a plot `width` pixels wide. */
export function linearScale(fromMs: number, toMs: number, width: number, dayToMs: (day: string) => number): Scale {
  const span = Math.max(1, toMs - fromMs);
  return { toPixel: (day) => ((dayToMs(day) - fromMs) / span) * width };
}
