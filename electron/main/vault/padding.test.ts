import { beforeAll, describe, expect, it } from 'vitest';
import { bucketSize, padToBucket, unpadBucket } from './padding';
import { initSodium } from './sodium';

beforeAll(initSodium);

describe('size buckets', () => {
  it.each([
    [0, 256],
    [255, 256],
    [256, 512],
    [1000, 1024],
    [65535, 65536],
    [65536, 131072],
    [131071, 131072],
    [131072, 196608],
  ])('%i bytes pad to %i', (length, bucket) => {
    expect(bucketSize(length)).toBe(bucket);
    expect(padToBucket(new Uint8Array(length).fill(0x80))).toHaveLength(bucket);
  });

  it('round-trips every length around the bucket edges, including bytes that look like padding', () => {
    for (const length of [0, 1, 254, 255, 256, 257, 511, 512, 65535, 65536, 70000]) {
      const plain = new Uint8Array(length).map((_, i) => (i % 2 ? 0x80 : 0x00));
      const back = unpadBucket(padToBucket(plain));
      // Buffer.equals: vitest's deep equality is slow on 128 KiB arrays.
      expect(back && Buffer.from(back).equals(plain)).toBe(true);
    }
  });

  it('refuses a length that is not a bucket or a block without a padding marker', () => {
    expect(unpadBucket(new Uint8Array(300))).toBeNull();
    expect(unpadBucket(new Uint8Array(256))).toBeNull();
    expect(unpadBucket(new Uint8Array(0))).toBeNull();
  });
});
