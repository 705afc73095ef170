import type { AnyRecord } from '../../../shared/domain';
import type { PlanPreview } from '../../../shared/import/preview';
import type { SourceSettings } from '../../../shared/import/sources';
import type { StoredIndex } from '../../../shared/import/stored-index';

/** Every step of an import that takes time, each with its own progress. */
export type ImportPhase = 'reading' | 'parsing' | 'mapping' | 'checking';

/** What the window asks of the import worker. */
export type ToWorker =
  | { type: 'file'; file: File; today: string }
  | { type: 'plan'; id: number; source: SourceSettings; stored: StoredIndex; today: string; now: string }
  | { type: 'records'; id: number };

/** What the import worker answers: progress while it works, then one result per request. */
export type FromWorker =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  | { type: 'failed'; message: string }
  | { type: 'ready'; header: string[]; rowCount: number; source: SourceSettings }
  | { type: 'preview'; id: number; preview: PlanPreview }
  | { type: 'records'; id: number; records: AnyRecord[] };
