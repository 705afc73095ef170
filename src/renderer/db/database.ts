import Dexie, { type Table } from 'dexie';

/** A sealed segment: an opaque keyed-hash id and the envelope. Nothing else is stored. */
export interface Row {
  id: string;
  env: string;
}

export class CairnDatabase extends Dexie {
  rows!: Table<Row, string>;

  constructor(name = 'cairn') {
    super(name);
    this.version(1).stores({ rows: 'id' });
  }
}
