import { describe, expect, it } from 'vitest';
import { trapCounts } from './thinking-traps';

describe('trapCounts', () => {
  it('counts each trap once per record in the period, most often first, ties in CLINICAL.md order', () => {
    const records = [
      { date: '2026-11-01', traps: ['mindReading' as const, 'fortuneTelling' as const] },
      { date: '2026-11-02', traps: ['fortuneTelling' as const] },
      { date: '2026-11-03', traps: ['labelling' as const, 'allOrNothing' as const] },
      { date: '2026-11-04' }, // written before traps existed: still a thought record, no traps
      { date: '2026-10-31', traps: ['labelling' as const] }, // outside the period
    ];
    // In 1–4 Nov: fortune telling 2; mind reading, labelling, all-or-nothing 1 each → in CLINICAL.md's order
    // all-or-nothing, mind reading, labelling.
    expect(trapCounts(records, '2026-11-01', '2026-11-04')).toEqual({
      thoughtRecords: 4,
      counts: [
        { trap: 'fortuneTelling', label: 'Fortune telling', records: 2 },
        { trap: 'allOrNothing', label: 'All-or-nothing thinking', records: 1 },
        { trap: 'mindReading', label: 'Mind reading', records: 1 },
        { trap: 'labelling', label: 'Labelling', records: 1 },
      ],
    });
  });

  it('has no counts when no trap was picked', () => {
    expect(trapCounts([{ date: '2026-11-01', traps: [] }], '2026-11-01', '2026-11-30')).toEqual({ thoughtRecords: 1, counts: [] });
  });
});
