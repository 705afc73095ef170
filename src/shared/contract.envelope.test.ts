import { describe, expect, it } from 'vitest';
import { contract, MAX_ENVELOPE_BYTES } from './contract';

/* Envelopes cross IPC as bytes: the contract checks the type and the length, and nothing per byte. */
const openRequest = (env: unknown) => contract['vault.open'].request.safeParse({ rows: [{ id: 'a'.repeat(32), env }] });

describe('envelopes in the IPC contract', () => {
  it('accepts a Uint8Array, an empty one included (main reports it as unreadable for that row alone)', () => {
    expect(openRequest(new Uint8Array([1, 2, 3])).success).toBe(true);
    expect(openRequest(new Uint8Array(0)).success).toBe(true);
    expect(openRequest(new Uint8Array(MAX_ENVELOPE_BYTES)).success).toBe(true);
  });

  it('refuses anything that is not a Uint8Array: base64 text, plain arrays, other views, buffers', () => {
    for (const env of ['AQID', [1, 2, 3], { 0: 1, length: 1 }, new Int8Array(3), new Uint16Array(3), new ArrayBuffer(3), new DataView(new ArrayBuffer(3)), null, undefined]) {
      expect(openRequest(env).success, String(env)).toBe(false);
    }
  });

  it('refuses an envelope over the bound, in every channel that carries one', () => {
    const oversized = new Uint8Array(MAX_ENVELOPE_BYTES + 1);
    expect(openRequest(oversized).success).toBe(false);
    const row = { id: 'a'.repeat(32), env: oversized };
    expect(contract['vault.rekeyRows'].request.safeParse({ rows: [row] }).success).toBe(false);
    expect(contract['backup.export'].request.safeParse({ rows: [row], passphrase: 'p', separatePassphrase: false }).success).toBe(false);
    expect(contract['backup.restore'].request.safeParse({ fileId: 'f', mode: 'merge', rows: [row] }).success).toBe(false);
    expect(contract['export.plain'].request.safeParse({ rows: [row], format: 'json', kind: null }).success).toBe(false);
    // …and the same rows within the bound pass, so the refusals above are the envelope's.
    const fine = { ...row, env: new Uint8Array(8) };
    expect(contract['vault.rekeyRows'].request.safeParse({ rows: [fine] }).success).toBe(true);
    expect(contract['backup.export'].request.safeParse({ rows: [fine], passphrase: 'p', separatePassphrase: false }).success).toBe(true);
    expect(contract['backup.restore'].request.safeParse({ fileId: 'f', mode: 'merge', rows: [fine] }).success).toBe(true);
    expect(contract['export.plain'].request.safeParse({ rows: [fine], format: 'json', kind: null }).success).toBe(true);
  });
});
