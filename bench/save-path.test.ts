/**
 * Before/after figures, in one run, for the two store fixes of issue 22 (the
 * renderer's work after saving one check-in with ten years of data). Skipped in
 * `npm test`; run alone:  BENCH_SAVE_PATH=1 npx vitest run bench/save-path.test.ts
 * It prints figures and asserts only that before and after give the same result.
 */
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../src/shared/domain';
import type { JournalCheckin } from '../src/shared/domain/journal-checkin';
import { planReminders } from '../src/shared/medication/reminder-plan';
import { RecordStore } from '../src/renderer/db/record-store';
import { generate } from './generate';
import { median, ms } from './stats';

const REPS = 21;

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

describe.runIf(process.env.BENCH_SAVE_PATH)('the store after saving one check-in, ten years of data', () => {
  it('prints before / after', () => {
    const records = generate({ years: 10, endDay: '2026-11-25' });
    const store = new RecordStore();
    store.apply(records, []);
    const today = store.ofKind('journal.checkin').at(-1)!;
    const all = [...records];
    let mood = 0;
    const save = () => store.apply([{ ...today, mood: ++mood % 10 } as JournalCheckin], []);

    // Before: the list of one kind was a filter over every record.
    const listBefore = time(() => (save(), all.filter((r: AnyRecord) => r.kind === 'journal.checkin')));
    const listAfter = time(() => (save(), store.ofKind('journal.checkin')));

    // The reminder plan UnlockedApp recomputes when check-ins change: before, the dose logs were indexed again each time.
    const meds = store.ofKind('med.medication');
    const logs = store.ofKind('med.dose');
    const now = { day: '2026-11-25', time: '12:00' };
    const plan = (l: typeof logs) => planReminders(undefined, { meds, logs: l, appointments: [], checkinDays: new Set() }, now, 48, 7);
    const planBefore = time(() => plan([...logs]));
    const planAfter = time(() => plan(logs));
    expect(plan(logs)).toEqual(plan([...logs]));

    console.log(
      [
        `records ${records.length}, dose logs ${logs.length}, median of ${REPS}`,
        `one kind's list after a save: before ${ms(listBefore)}, after ${ms(listAfter)} (both include the store update)`,
        `reminder plan after a check-in save: before ${ms(planBefore)}, after ${ms(planAfter)}`,
      ].join('\n'),
    );
  });
});
