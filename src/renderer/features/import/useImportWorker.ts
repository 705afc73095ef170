import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnyRecord } from '../../../shared/domain';
import type { PlanPreview } from '../../../shared/import/preview';
import type { SourceSettings } from '../../../shared/import/sources';
import type { StoredIndex } from '../../../shared/import/stored-index';
import { localDay } from '../../../shared/local-date';
import type { FromWorker, ImportPhase, ToWorker } from './worker-messages';
import { stampNow } from '../../db/record-stamp';

export type FileState =
  | { status: 'idle' }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'ready'; fileName: string; header: string[]; rowCount: number; source: SourceSettings };

export interface Progress {
  phase: ImportPhase;
  fraction: number;
}

export interface ImportWorker {
  file: FileState;
  /** What the worker is doing now, for the progress bar; null when it waits. */
  progress: (Progress & { fileName: string }) | null;
  /** The preview of the latest plan request, once the worker has answered it. */
  preview: { id: number; preview: PlanPreview } | null;
  /** The id of the latest plan request (a preview with another id is out of date). */
  planId: number;
  choose: (file: File) => void;
  plan: (source: SourceSettings, stored: StoredIndex) => void;
  records: () => Promise<AnyRecord[]>;
  reset: () => void;
}

const UNREADABLE = 'Cairn could not read this file. Nothing was imported.';

/**
 * One Web Worker (the CSP's script-src 'self' admits it) for the life of the
 * import dialog: it reads the file, keeps the table, and maps and checks it
 * on every change, so the window never does that work.
 */
export function useImportWorker(): ImportWorker {
  const worker = useRef<Worker | null>(null);
  const fileName = useRef('');
  const nextId = useRef(0);
  const waiting = useRef(new Map<number, (records: AnyRecord[]) => void>());
  const [file, setFile] = useState<FileState>({ status: 'idle' });
  const [progress, setProgress] = useState<ImportWorker['progress']>(null);
  const [preview, setPreview] = useState<ImportWorker['preview']>(null);
  const [planId, setPlanId] = useState(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    for (const resolve of waiting.current.values()) resolve([]);
    waiting.current.clear();
  }, []);
  useEffect(() => stop, [stop]);

  const onMessage = useCallback((message: FromWorker) => {
    const name = fileName.current;
    switch (message.type) {
      case 'progress':
        setProgress({ phase: message.phase, fraction: message.fraction, fileName: name });
        return;
      case 'failed':
        setProgress(null);
        setFile({ status: 'failed', fileName: name, message: message.message });
        return;
      case 'ready':
        setProgress(null);
        setFile({ status: 'ready', fileName: name, header: message.header, rowCount: message.rowCount, source: message.source });
        return;
      case 'preview':
        // Only the latest request's answer ends the wait; an older one is already out of date.
        if (message.id === nextId.current) setProgress(null);
        setPreview({ id: message.id, preview: message.preview });
        return;
      case 'records':
        waiting.current.get(message.id)?.(message.records);
        waiting.current.delete(message.id);
        return;
    }
  }, []);

  const send = (w: Worker, message: ToWorker) => w.postMessage(message);

  const choose = useCallback(
    (chosen: File) => {
      stop();
      fileName.current = chosen.name;
      const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setFile({ status: 'idle' });
      setPreview(null);
      setProgress({ phase: 'reading', fraction: 0, fileName: chosen.name });
      w.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      w.onerror = () => {
        stop();
        setProgress(null);
        setFile({ status: 'failed', fileName: chosen.name, message: UNREADABLE });
      };
      send(w, { type: 'file', file: chosen, today: localDay() });
    },
    [stop, onMessage],
  );

  const plan = useCallback((source: SourceSettings, stored: StoredIndex) => {
    const w = worker.current;
    if (!w) return;
    const id = ++nextId.current;
    setPlanId(id);
    setProgress({ phase: 'mapping', fraction: 0, fileName: fileName.current });
    send(w, { type: 'plan', id, source, stored, today: localDay(), now: stampNow() });
  }, []);

  const records = useCallback(
    () =>
      new Promise<AnyRecord[]>((resolve) => {
        const w = worker.current;
        if (!w) return resolve([]);
        const id = nextId.current;
        waiting.current.set(id, resolve);
        send(w, { type: 'records', id });
      }),
    [],
  );

  const reset = useCallback(() => {
    stop();
    setFile({ status: 'idle' });
    setPreview(null);
    setProgress(null);
  }, [stop]);

  return { file, progress, preview, planId, choose, plan, records, reset };
}
