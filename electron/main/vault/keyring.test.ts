import { beforeAll, describe, expect, it } from 'vitest';
import { KeyRing } from './keyring';
import { initSodium, randomBytes } from './sodium';

beforeAll(initSodium);

describe('KeyRing', () => {
  it('derives two distinct, deterministic subkeys from the data key', () => {
    const dataKey = randomBytes(32);
    const ring = new KeyRing(dataKey);
    const again = new KeyRing(dataKey.slice());
    expect(ring.envKey).toEqual(again.envKey);
    expect(ring.rowIdKey).toEqual(again.rowIdKey);
    expect(ring.envKey).not.toEqual(ring.rowIdKey);
    expect(ring.envKey).not.toEqual(dataKey);
  });

  it('zero() wipes every buffer it holds, the data key included', () => {
    const dataKey = randomBytes(32);
    const ring = new KeyRing(dataKey);
    ring.zero();
    expect(ring.buffers()).toContain(dataKey);
    for (const key of ring.buffers()) expect([...key].every((b) => b === 0)).toBe(true);
  });
});
