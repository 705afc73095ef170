import Dexie, { type Table } from 'dexie';

/** A sealed segment: an opaque keyed-hash id and the envelope's bytes. Nothing else is stored. */
export interface Row {
  id: string;
  env: Uint8Array;
}

/**
 * A row as IndexedDB may hold it: rows written before binary envelopes hold
 * the base64 text of the same bytes until the first unlock converts them
 * (Repository.load, stored-envelope.ts). The schema is unchanged (the key is
 * `id`), so no Dexie version step is needed: the conversion needs main's
 * verdict on each row, which only exists after unlock.
 */
export interface StoredRow {
  id: string;
  env: Uint8Array | string;
}

export class CairnDatabase extends Dexie {
  rows!: Table<StoredRow, string>;

  constructor(name = 'cairn') {
    super(name);
    this.version(1).stores({ rows: 'id' });
  }
}
