import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../shared/import/csv-reader';
import { planImport } from '../../../shared/import/plan';
import { firstSource, mapSource } from '../../../shared/import/sources';
import { fail, ok } from '../../../shared/result';
import { CairnDatabase } from '../../db/database';
import { RecordStore } from '../../db/record-store';
import { Repository } from '../../db/repository';
import { withManifestStandIn, type StandInApi } from '../../db/testing/manifest-stand-in';
import { commitImport } from './commit';

/** main's seal/open stand-in (reversible text), failing when told to: the crash in the middle of an import. */
function fakeVault(failSeal: boolean): StandInApi {
  return withManifestStandIn({
    'vault.seal': async ({ segments }) =>
      failSeal ? fail('locked', 'Cairn is locked.') : ok({ rows: segments.map((s) => ({ id: s.name.replace(/[^a-z0-9]/gi, '').slice(0, 60) || 'x', env: new TextEncoder().encode(JSON.stringify(s)) })) }),
    'vault.open': async () => ok({ segments: [], failed: [], leftover: [], rekeyUnfinished: false }),
    'vault.rekeyTidy': async () => ok({}),
  });
}

const cell = fc.oneof(
  fc.constantFrom('2024-03-01', '2024-02-30', '31.03.2024', '22nd Sep 2020', '31st Feb 2020', '18 May', '2018', 'Mood', 'Energy', 'Factors', 'rad', 'meh', 'super tired', '7', '7.3', '12', '', '"', '""', 'a | b', '\n', '\r\n', ';', ',', '\u0000', '\uFEFF'),
  fc.string({ maxLength: 12 }),
);
const header = fc.constantFrom(
  'full_date,date,weekday,time,mood,activities,note_title,note',
  'year,date,weekday,time,mood,activities,note',
  'date,weekday,time of day,category,rating/amount,detail,notes',
  'DATE (YYYY-MM-DD),DEPRESSED,ELEVATED,IRRITABILITY,ANXIETY,SLEEP,NOTES',
  'date;mood;tags;note',
  'date,mood',
  '',
);
const csvText = fc
  .tuple(header, fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }), fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'))
  .map(([head, rows, sep, eol]) => [head, ...rows.map((r) => r.join(sep))].join(eol));

let n = 0;

describe('importing arbitrary CSV text', () => {
  it('never throws past the importer and never leaves a partial import', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, fc.string({ maxLength: 300 })), fc.boolean(), async (text, failSeal) => {
        const db = new CairnDatabase(`prop-${n++}`);
        const repository = new Repository(fakeVault(failSeal), db, new RecordStore());
        const read = readCsv(text);
        if (!read.ok) {
          expect(read.message.length).toBeGreaterThan(0);
          return;
        }
        const table = read.table;
        const first = firstSource(table, '2026-12-06');
        const source =
          first.kind === 'csv' ? { ...first, mapping: { ...first.mapping, measures: { mood: Math.min(1, table.header.length - 1) } } } : first;
        const mapped = mapSource(table, source, '2026-12-06');
        const plan = planImport(mapped, (id) => repository.store.get(id), '2026-12-06T10:00:00.000Z');
        const planned = plan.checkins.length + plan.entries.length;
        let failed = false;
        try {
          await commitImport(repository, [...plan.checkins, ...plan.entries]);
        } catch {
          failed = true;
        }
        const stored = await db.rows.count();
        // All or nothing, on disk and in memory alike.
        if (failed) {
          expect(stored).toBe(0);
          expect(repository.store.size).toBe(0);
        } else {
          expect(repository.store.size).toBe(planned);
          expect(stored > 0).toBe(planned > 0);
        }
        expect(failed).toBe(failSeal && planned > 0);
        db.close();
      }),
      { numRuns: 150 },
    );
  });
});
