import { describe, expect, it } from 'vitest';
import { regimenLayout } from './regimen-layout';
import { at, med, step } from './testing';

const box = { width: 600, height: 100, left: 100, pad: 10 };

describe('regimenLayout', () => {
  const sertraline = med([
    step('start', '2026-10-01', 50, at('08:00')),
    step('increase', '2026-11-01', 50, at('08:00', '20:00')),
    { ...step('decrease', '2026-12-20', 50, at('08:00')), planned: true },
    { ...step('stop', '2027-01-10'), planned: true },
  ]);

  const layout = regimenLayout(sertraline, '2026-12-06', box)!;

  it('holds each step’s daily total until the next step, a stop at zero', () => {
    expect(layout.runs.map((r) => [r.from, r.to, r.daily, r.planned])).toEqual([
      ['2026-10-01', '2026-11-01', 50, false],
      ['2026-11-01', '2026-12-20', 100, false],
      ['2026-12-20', '2027-01-10', 50, true],
      ['2027-01-10', layout.end, 0, true],
    ]);
    expect(layout.top).toBe(100);
  });

  it('maps days left to right and amounts bottom to top inside the box', () => {
    const [first, highest, , stopped] = layout.runs;
    expect(first!.x1).toBe(box.left);
    expect(stopped!.x2).toBe(box.width - box.pad);
    expect(layout.runs.every((r) => r.x1 < r.x2)).toBe(true);
    expect(highest!.y).toBe(box.pad);
    expect(stopped!.y).toBe(box.height - box.pad);
    expect(first!.y).toBe(50);
  });

  it('draws what happened solid and plans dashed, each plan with its riser', () => {
    expect(layout.recordedPath).toBe(`M100,50 H${layout.runs[0]!.x2} M${layout.runs[1]!.x1},50 V10 H${layout.runs[1]!.x2}`);
    expect(layout.plannedPath).toBe(
      `M${layout.runs[2]!.x1},10 V50 H${layout.runs[2]!.x2} M${layout.runs[3]!.x1},50 V90 H${layout.runs[3]!.x2}`,
    );
  });

  it('marks today inside the drawing, and runs a little past the last step', () => {
    expect(layout.todayX).toBeGreaterThan(layout.runs[1]!.x1);
    expect(layout.todayX).toBeLessThan(layout.runs[1]!.x2);
    expect(layout.end > '2027-01-10').toBe(true);
  });

  it('has nothing to draw without steps', () => {
    expect(regimenLayout(med([]), '2026-12-06', box)).toBeNull();
  });
});
