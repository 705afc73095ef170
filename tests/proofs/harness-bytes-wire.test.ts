import { describe, expect, it } from 'vitest';
import { fromWire, toWire, WIRE_SCRIPT } from '../harness/bytes-wire';

/* The harness transports carry text: bytes go as base64 and come back as the same Uint8Array, both ways. */
const sample = () => ({
  rows: [
    { id: 'a'.repeat(32), env: new Uint8Array([1, 0, 255, 128, 7]) },
    { id: 'b'.repeat(32), env: new Uint8Array(0) },
    { id: 'c'.repeat(32), env: Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256) },
  ],
  nested: [{ deep: new Uint8Array([42]) }],
  text: 'AQID',
  count: 3,
  none: null,
});

describe('the harness wire codec', () => {
  it('round-trips bytes inside requests and responses, and leaves everything else as it is', () => {
    const wire = toWire(sample());
    // Nothing on the wire is a Uint8Array: it is text a Playwright binding can carry.
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
    expect((wire as { rows: { env: unknown }[] }).rows[0]!.env).toEqual({ $bytes: 'AQD/gAc=' });
    const back = fromWire(JSON.parse(JSON.stringify(wire))) as ReturnType<typeof sample>;
    expect(back).toEqual(sample());
    for (const row of back.rows) expect(Object.getPrototypeOf(row.env)).toBe(Uint8Array.prototype);
    expect(back.text).toBe('AQID');
  });

  it('a subarray view sends only its own bytes', () => {
    const whole = new Uint8Array([9, 8, 7, 6, 5]);
    expect(fromWire(toWire(whole.subarray(1, 3)))).toEqual(new Uint8Array([8, 7]));
  });

  it('the page-side copy (run from its source text, without Buffer) agrees with the Node side both ways', () => {
    // As in the page: the script's own toWire/fromWire, with no Buffer in scope, so btoa/atob do the work.
    const page = new Function('Buffer', `${WIRE_SCRIPT}\nreturn { toWire, fromWire };`)(undefined) as { toWire: typeof toWire; fromWire: typeof fromWire };
    const fromPage = JSON.parse(JSON.stringify(page.toWire(sample())));
    expect(fromPage).toEqual(toWire(sample()));
    expect(fromWire(fromPage)).toEqual(sample());
    expect(page.fromWire(JSON.parse(JSON.stringify(toWire(sample()))))).toEqual(sample());
  });
});
