import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bearableScales, mapBearable } from './bearable';
import { readCsv } from './csv-reader';
import { planImport } from './plan';
import { lookupFrom, storedIndex } from './stored-index';

const TODAY = '2026-12-06';
const NOW = '2026-12-06T10:00:00.000Z';

describe('the stored index the worker plans against', () => {
  const result = readCsv(readFileSync('tests/fixtures/imports/bearable.csv', 'utf8'));
  if (!result.ok) throw new Error(result.message);
  const table = result.table;
  const plan = (index: Parameters<typeof lookupFrom>[0]) => planImport(mapBearable(table, bearableScales(table), TODAY), lookupFrom(index), NOW);

  it('knows what an earlier import wrote, so the same file adds nothing', () => {
    const first = plan({ checkins: [], entries: [] });
    const again = plan(storedIndex(first.checkins, first.entries));
    expect([again.checkins.length, again.entries.length, again.alreadyImported]).toEqual([0, 0, 3]);
  });

  it("knows the person's own check-ins, so theirs are kept", () => {
    const own = { id: 'checkin-2024-03-31' };
    const again = plan(storedIndex([own], []));
    expect(again.checkins.map((c) => c.date)).toEqual(['2024-03-30']);
    expect(again.skipped).toContainEqual({ line: 2, reason: 'Line 2: you already have a check-in on 2024-03-31; yours is kept.' });
  });
});
