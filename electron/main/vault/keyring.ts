import { deriveSubkey, memzero } from './sodium';

/**
 * The keys an open vault holds: the data key and the two subkeys derived from
 * it (crypto_kdf), so the envelope key and the row-id key are independent and
 * the data key itself never encrypts a record.
 */
export class KeyRing {
  readonly envKey: Uint8Array;
  readonly rowIdKey: Uint8Array;

  /** Takes ownership of `dataKey`: zero() wipes it too. */
  constructor(readonly dataKey: Uint8Array) {
    this.envKey = deriveSubkey(dataKey, 1, 'CairnEnv');
    this.rowIdKey = deriveSubkey(dataKey, 1, 'CairnRow');
  }

  /** Every buffer this ring holds (tests check each is zero after lock). */
  buffers(): Uint8Array[] {
    return [this.dataKey, this.envKey, this.rowIdKey];
  }

  zero(): void {
    for (const key of this.buffers()) memzero(key);
  }
}
