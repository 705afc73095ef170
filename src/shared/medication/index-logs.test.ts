import { describe, expect, it } from 'vitest';
import { markStable } from '../stable-list';
import { indexLogs } from './doses';
import { skipped, taken } from './testing';

// Issue 22: ten years of dose logs are indexed once per list the store hands out, not on every save of anything.
describe('indexLogs', () => {
  it('builds the index of a stable list once and hands the same index back', () => {
    const logs = markStable([taken('2026-11-01', '08:00')]);
    const first = indexLogs(logs);
    expect(indexLogs(logs)).toBe(first);
    expect(first.get('med-1|2026-11-01|08:00')?.status).toBe('taken');
  });

  it('indexes an ordinary array afresh each time, since its owner may change it in place', () => {
    const logs = [taken('2026-11-01', '08:00')];
    const first = indexLogs(logs);
    logs.push(skipped('2026-11-02', '08:00'));
    const second = indexLogs(logs);
    expect(second).not.toBe(first);
    expect(second.get('med-1|2026-11-02|08:00')?.status).toBe('skipped');
  });
});
