import type { CsvResult } from '../../../shared/import/csv-reader';

/** What the parse worker sends back: progress while it reads and parses, then one result. */
export type ParseMessage =
  | { type: 'progress'; phase: 'reading' | 'parsing'; fraction: number }
  | { type: 'done'; result: CsvResult };
