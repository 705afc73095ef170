import { detectEncoding } from '../../../shared/import/csv-reader';

/**
 * File bytes to text. UTF-16 (with its byte-order mark) as spreadsheet
 * programs save it, otherwise UTF-8; the decoder drops the mark. Bytes that
 * are not text become U+FFFD, which the CSV reader reports as binary data.
 */
export function decodeBytes(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes.subarray(0, 4))).decode(bytes);
}
