/**
 * The records of one kind the vault really holds (read from IndexedDB and
 * opened by main, see stored-records.ts). Kept under this name for the specs
 * that import it; new specs use storedOfKind from stored-records.ts.
 */
export { storedOfKind as storedRecords } from './stored-records';
