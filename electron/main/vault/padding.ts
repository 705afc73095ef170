import { pad, unpad } from './sodium';

/*
 * Segments are padded before encryption so an envelope's length reveals only
 * a size bucket, not how much someone wrote this month. Buckets are powers of
 * two from 256 bytes to 64 KiB, then multiples of 64 KiB (so a large segment
 * wastes at most 64 KiB instead of doubling).
 */

export const MIN_BUCKET = 256;
export const LARGE_STEP = 64 * 1024;

/** The padded size for `length` bytes: ISO/IEC 7816-4 always adds at least one byte. */
export function bucketSize(length: number): number {
  const needed = length + 1;
  if (needed > LARGE_STEP) return Math.ceil(needed / LARGE_STEP) * LARGE_STEP;
  let size = MIN_BUCKET;
  while (size < needed) size *= 2;
  return size;
}

function isBucket(size: number): boolean {
  if (size > LARGE_STEP) return size % LARGE_STEP === 0;
  return size >= MIN_BUCKET && (size & (size - 1)) === 0;
}

/** Pads `plain` to its bucket with libsodium's ISO/IEC 7816-4 padding. */
export function padToBucket(plain: Uint8Array): Uint8Array {
  const size = bucketSize(plain.length);
  // sodium.pad rounds up to a multiple of the block size, so one block of the
  // bucket size (or of 64 KiB for large segments) lands exactly on the bucket.
  return pad(plain, Math.min(size, LARGE_STEP));
}

/** Removes the padding; null when the length is not a bucket or the padding is malformed. */
export function unpadBucket(padded: Uint8Array): Uint8Array | null {
  if (!isBucket(padded.length)) return null;
  return unpad(padded, Math.min(padded.length, LARGE_STEP));
}
