import { describe, expect, it } from 'vitest';
import type { Marker } from './events';
import { groupMarkers, linearScale, MIN_MARKER_GAP_PX } from './marker-groups';

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const plusDays = (day: string, n: number) => new Date(dayMs(day) + n * 86_400_000).toISOString().slice(0, 10);
const session = (day: string): Marker => ({ id: `session:${day}`, day, kind: 'session', label: 'Therapy session (CBT)' });
const change = (id: string, day: string): Marker => ({ id, day, kind: 'dose', label: `Sertraline — ${id}` });

describe('groupMarkers', () => {
  const from = '2016-12-03';
  const to = '2026-12-02';
  const width = 700;
  const scale = linearScale(dayMs(from), dayMs(plusDays(to, 1)), width, dayMs);
  const weekly = Array.from({ length: 520 }, (_, i) => session(plusDays(from, i * 7)));

  it('turns ten years of weekly sessions into a few groups, each at least the gap apart', () => {
    const groups = groupMarkers(weekly, scale);
    expect(groups.length).toBeLessThanOrEqual(Math.ceil(width / MIN_MARKER_GAP_PX));
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(520);
    expect(groups[0]?.label).toMatch(/^520 therapy sessions, /);
  });

  it('keeps every medication change, in its own lane, and never inside a therapy band', () => {
    const changes = [change('a', '2020-01-01'), change('b', '2020-01-03'), change('c', '2024-06-01')];
    const groups = groupMarkers([...weekly, ...changes], scale);
    const meds = groups.filter((g) => g.lane === 'medication');
    expect(meds.map((g) => g.members.map((m) => m.id))).toEqual([['a', 'b'], ['c']]);
    expect(meds[0]?.label).toContain('2 medication changes');
    expect(meds[0]?.label).toContain('Sertraline — a; Sertraline — b');
    expect(meds[1]?.label).toBe('Sertraline — c');
  });

  it('leaves markers alone when they are far apart, as over four weeks', () => {
    const short = linearScale(dayMs('2026-11-05'), dayMs('2026-12-03'), width, dayMs);
    const groups = groupMarkers([session('2026-11-10'), session('2026-11-17'), change('x', '2026-11-17')], short);
    expect(groups.map((g) => g.id)).toEqual(['x', 'session:2026-11-10', 'session:2026-11-17']);
  });
});
