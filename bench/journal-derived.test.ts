/**
 * What the journal page and the check-in form derive from ten years of
 * records when one check-in is saved. Skipped in `npm test`; run alone:
 *   BENCH_SAVE_PATH=1 npx vitest run bench/journal-derived.test.ts
 */
import { describe, it } from 'vitest';
import { RecordStore } from '../src/renderer/db/record-store';
import { buildTimeline } from '../src/shared/journal/timeline';
import { perDay } from '../src/shared/journal/per-day';
import { collectTags } from '../src/shared/journal/tags';
import { growingList, STARTER_TRIGGERS } from '../src/shared/journal/lists';
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

describe.runIf(process.env.BENCH_SAVE_PATH)('journal work per check-in save, ten years', () => {
  it('prints figures', () => {
    const store = new RecordStore();
    store.apply(generate({ years: 10, endDay: '2026-11-25' }), []);
    const checkins = store.ofKind('journal.checkin');
    const entries = store.ofKind('journal.entry');
    console.log(
      [
        `check-ins ${checkins.length}, entries ${entries.length}, median of ${REPS}`,
        `buildTimeline ${ms(time(() => buildTimeline(checkins, entries, {})))}`,
        `perDay ${ms(time(() => perDay(checkins)))}`,
        `collectTags ${ms(time(() => collectTags([...entries, ...checkins])))}`,
        `growingList ${ms(time(() => growingList(STARTER_TRIGGERS, checkins.map((c) => c.triggers))))}`,
        `byId map ${ms(time(() => new Map(checkins.map((c) => [c.id, c]))))}`,
      ].join('\n'),
    );
  });
});
