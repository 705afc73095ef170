import { readCsv, sizeProblem } from '../../../shared/import/csv-reader';
import { decodeBytes } from './decode';
import type { ParseMessage } from './parse-messages';

/**
 * Reads and parses the chosen file off the window's thread, so a 100 MB file
 * never freezes the window. Any failure comes back as a message, never a throw.
 */
// The renderer project is typed for a window; in a worker, postMessage takes no target origin.
const scope = self as unknown as { postMessage(message: ParseMessage): void };
const post = (message: ParseMessage) => scope.postMessage(message);

self.addEventListener('message', (event: MessageEvent<File>) => {
  void parse(event.data).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : 'unknown error';
    post({ type: 'done', result: { ok: false, message: `Cairn could not read this file (${reason}). Nothing was imported.` } });
  });
});

async function parse(file: File): Promise<void> {
  const problem = sizeProblem(file.size);
  if (problem) return post({ type: 'done', result: { ok: false, message: problem } });
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value.subarray(0, Math.max(0, bytes.length - offset)), offset);
    offset += value.length;
    post({ type: 'progress', phase: 'reading', fraction: Math.min(1, offset / file.size) });
  }
  const text = decodeBytes(bytes.subarray(0, Math.min(offset, bytes.length)));
  const result = readCsv(text, (fraction) => post({ type: 'progress', phase: 'parsing', fraction }));
  post({ type: 'done', result });
}
