/**
 * A fingerprint of one source row, stored on the record it became, so
 * importing the same file again finds it and adds nothing. It detects
 * repeats, it protects nothing, so a fast non-cryptographic hash is enough:
 * two FNV-1a passes with different offsets make 64 bits, and a chance
 * collision between two different rows of one person's history is negligible.
 */
export function rowHash(source: string, cells: readonly string[]): string {
  const text = `${source}\u001e${cells.map((c) => c.trim()).join('\u001f')}`;
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193 ^ 0x5bd1e995);
}

function fnv1a(text: string, offset: number): string {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
