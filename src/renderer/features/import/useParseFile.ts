import { useCallback, useEffect, useRef, useState } from 'react';
import type { CsvTable } from '../../../shared/import/csv-reader';
import type { ParseMessage } from './parse-messages';

export type ParseState =
  | { status: 'idle' }
  | { status: 'working'; fileName: string; phase: 'reading' | 'parsing'; fraction: number }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'ready'; fileName: string; table: CsvTable };

/** Parses a chosen file in a Web Worker (the CSP's script-src 'self' admits it) and reports progress. */
export function useParseFile(): [ParseState, (file: File) => void, () => void] {
  const [state, setState] = useState<ParseState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const parse = useCallback(
    (file: File) => {
      stop();
      const fileName = file.name;
      const w = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setState({ status: 'working', fileName, phase: 'reading', fraction: 0 });
      w.onmessage = (event: MessageEvent<ParseMessage>) => {
        const message = event.data;
        if (message.type === 'progress') {
          setState({ status: 'working', fileName, phase: message.phase, fraction: message.fraction });
          return;
        }
        stop();
        setState(message.result.ok ? { status: 'ready', fileName, table: message.result.table } : { status: 'failed', fileName, message: message.result.message });
      };
      w.onerror = () => {
        stop();
        setState({ status: 'failed', fileName, message: 'Cairn could not read this file. Nothing was imported.' });
      };
      w.postMessage(file);
    },
    [stop],
  );

  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  return [state, parse, reset];
}
