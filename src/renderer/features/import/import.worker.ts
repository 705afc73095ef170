import type { AnyRecord } from '../../../shared/domain';
import type { CsvTable } from '../../../shared/import/csv-reader';
import { readCsv, sizeProblem } from '../../../shared/import/csv-reader';
import { planImport } from '../../../shared/import/plan';
import { previewOf } from '../../../shared/import/preview';
import { firstSource, mapSource } from '../../../shared/import/sources';
import { lookupFrom } from '../../../shared/import/stored-index';
import { decodeBytes } from './decode';
import type { FromWorker, ImportPhase, ToWorker } from './worker-messages';

/**
 * Everything slow about an import happens here, off the window's thread:
 * reading and parsing the file, and mapping and checking its rows each time
 * the person changes a choice. The table and the last plan stay here; the
 * window gets only a preview, and the records when it imports them. Any
 * failure comes back as a message, never a throw.
 */
// The renderer project is typed for a window; in a worker, postMessage takes no target origin.
const scope = self as unknown as { postMessage(message: FromWorker): void };
const post = (message: FromWorker) => scope.postMessage(message);

/**
 * Progress at most every 100 ms (and at each new phase): each message makes
 * the window draw the bar again, and thousands of redraws would cost the
 * window the time the worker is there to save.
 */
let lastProgress = { phase: '', at: 0 };
const progress = (phase: ImportPhase) => (fraction: number) => {
  const now = performance.now();
  if (phase === lastProgress.phase && now - lastProgress.at < 100) return;
  lastProgress = { phase, at: now };
  post({ type: 'progress', phase, fraction });
};

let table: CsvTable | null = null;
let planned: { id: number; records: AnyRecord[] } | null = null;

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void handle(event.data).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : 'unknown error';
    post({ type: 'failed', message: `Cairn could not read this file (${reason}). Nothing was imported.` });
  });
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'file') return read(message.file, message.today);
  if (message.type === 'records') {
    return post({ type: 'records', id: message.id, records: planned?.id === message.id ? planned.records : [] });
  }
  if (!table) return;
  const rows = table;
  const mapped = mapSource(rows, message.source, message.today, progress('mapping'));
  const plan = planImport(mapped, lookupFrom(message.stored), message.now, progress('checking'));
  planned = { id: message.id, records: [...plan.checkins, ...plan.entries] };
  post({ type: 'preview', id: message.id, preview: previewOf(plan) });
}

async function read(file: File, today: string): Promise<void> {
  table = null;
  planned = null;
  const problem = sizeProblem(file.size);
  if (problem) return post({ type: 'failed', message: problem });
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value.subarray(0, Math.max(0, bytes.length - offset)), offset);
    offset += value.length;
    progress('reading')(Math.min(1, offset / file.size));
  }
  const text = decodeBytes(bytes.subarray(0, Math.min(offset, bytes.length)));
  const result = readCsv(text, progress('parsing'));
  if (!result.ok) return post({ type: 'failed', message: result.message });
  table = result.table;
  post({ type: 'ready', header: table.header, rowCount: table.rows.length, source: firstSource(table, today) });
}
