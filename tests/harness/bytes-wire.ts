/*
 * The harness's transports (a Playwright binding; the page's end of the
 * bundle fixture) carry text, not bytes, so every Uint8Array in a request,
 * a response or an event is sent as { $bytes: base64 } and turned back into
 * a Uint8Array on the other side. Product code on both ends sees bytes, as
 * with Electron's structured clone. Base64 lives here and nowhere else.
 *
 * Both functions are self-contained (no imports, no outer names) because the
 * page runs their source text (`WIRE_SCRIPT`); Node uses them directly.
 */

export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    if (typeof Buffer === 'function') return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
    // The browser's native codec where it has one (Chromium 140+): the loop below cost the bench's
    // ten-year unlock about 20 s of transport.
    const native = value as Uint8Array & { toBase64?: () => string };
    if (typeof native.toBase64 === 'function') return { $bytes: native.toBase64() };
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { $bytes: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toWire(item);
    return out;
  }
  return value;
}

export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '$bytes' && typeof entries[0]![1] === 'string') {
      const text = entries[0]![1];
      // A fresh, plain Uint8Array (not a Buffer), as structured clone gives main and the page.
      if (typeof Buffer === 'function') return new Uint8Array(Buffer.from(text, 'base64'));
      const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
      if (typeof fromBase64 === 'function') return fromBase64.call(Uint8Array, text);
      const binary = atob(text);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of entries) out[key] = fromWire(item);
    return out;
  }
  return value;
}

/** Defines toWire and fromWire in a page's init script. */
export const WIRE_SCRIPT = `const toWire = ${toWire.toString()};\nconst fromWire = ${fromWire.toString()};`;
