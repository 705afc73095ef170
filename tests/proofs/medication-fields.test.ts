import { describe as group, expect, it } from 'vitest';
import { toCsv, toJson } from '../../electron/main/backup/plain-export';
import { decodePayload, describe, encodePayload } from '../../electron/main/backup/payload';
import { anyRecord, type AnyRecord } from '../../src/shared/domain';

/*
 * Issue 25.13: the medication fields added for plans, tracking dates, unit
 * strengths, skip reasons, schedules and 0–6 side-effect ratings are optional
 * (format-1 records keep opening: tests/fixtures/v1), and once written they
 * survive validation, a backup payload and both plain exports.
 */
const STAMP = '2026-12-02T09:00:00.000Z';
const base = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP });

const records = [
  {
    ...base('med-1'), kind: 'med.medication', name: 'Sertraline', class: 'SSRI', form: 'tablet', unit: 'tablets', prescriber: '', reason: '',
    supply: null, trackedFrom: '2026-11-28', pieceStrength: { amount: 50, unit: 'mg' },
    steps: [
      { id: 's1', type: 'start', date: '2026-10-21', amount: 1, schedule: { kind: 'times', times: ['08:00'], everyDays: 2 }, reason: '', checkIn: '', planned: false },
      { id: 's2', type: 'decrease', date: '2027-05-01', amount: 1, schedule: { kind: 'times', times: ['08:00'], everyDays: 3 }, reason: '', checkIn: '', planned: true },
    ],
  },
  {
    ...base('dose-1'), kind: 'med.dose', date: '2026-12-01', medicationId: 'med-1', time: '08:00', status: 'skipped', takenAt: null, amount: null,
    reason: 'no pharmacy open', skipReason: 'ran out',
  },
  {
    ...base('side-1'), kind: 'med.sideEffect', date: '2026-11-20', symptom: 'vivid dreams', frequency: 4, intensity: 2, burden: 1,
    resolvedOn: '2026-11-30', medicationId: 'med-1', note: '',
  },
].map((r) => anyRecord.parse(r));

group('new medication fields', () => {
  it('are kept by the schema (not stripped) and still valid', () => {
    const [med, dose, effect] = records as [AnyRecord & { kind: 'med.medication' }, AnyRecord & { kind: 'med.dose' }, AnyRecord & { kind: 'med.sideEffect' }];
    expect(med).toMatchObject({ trackedFrom: '2026-11-28', pieceStrength: { amount: 50, unit: 'mg' } });
    expect(med.steps.map((s) => [s.planned, s.schedule?.kind === 'times' ? s.schedule.everyDays : null])).toEqual([
      [false, 2],
      [true, 3],
    ]);
    expect(dose.skipReason).toBe('ran out');
    expect(effect).toMatchObject({ frequency: 4, intensity: 2, burden: 1, resolvedOn: '2026-11-30' });
  });

  it('refuse a rating outside 0–6, a resolved date before the onset, and an unknown skip reason', () => {
    const effect = records[2]!;
    expect(anyRecord.safeParse({ ...effect, intensity: 7 }).success).toBe(false);
    expect(anyRecord.safeParse({ ...effect, resolvedOn: '2026-11-01' }).success).toBe(false);
    expect(anyRecord.safeParse({ ...records[1]!, skipReason: 'bored' }).success).toBe(false);
    // An older side effect with only a 1–5 severity stays valid; one with neither is refused.
    const unrated = Object.fromEntries(Object.entries(effect).filter(([key]) => !['frequency', 'intensity', 'burden'].includes(key)));
    expect(anyRecord.safeParse({ ...unrated, severity: 3 }).success).toBe(true);
    expect(anyRecord.safeParse(unrated).success).toBe(false);
  });

  it('travel through a backup payload unchanged', () => {
    const chunks = [...encodePayload(describe(records, 'Cairn test', STAMP), records)];
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    expect(decodePayload(bytes).records).toEqual(records);
  });

  it('appear in the plain JSON and CSV exports', () => {
    expect(JSON.parse(toJson(records, 'Cairn test', STAMP)).records).toEqual(records);
    const doses = toCsv([records[1]!]);
    expect(doses.split('\r\n')[0]).toContain('skipReason');
    expect(doses).toContain('ran out');
    const effects = toCsv([records[2]!]).split('\r\n')[0]!;
    for (const column of ['frequency', 'intensity', 'burden', 'resolvedOn']) expect(effects).toContain(column);
    expect(toCsv([records[0]!])).toContain('trackedFrom');
  });
});
