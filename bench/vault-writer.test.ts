import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decryptBackup } from '../electron/main/backup/crypto';
import { decodePayload } from '../electron/main/backup/payload';
import { segmentOf } from '../src/shared/domain';
import { decodeSegment } from '../src/shared/domain/segments';
import { generate } from './generate';
import { writeBackup, writeVault } from './vault-writer';
import { UNIT_ARGON2 } from '../tests/timeouts';

const PASSPHRASE = 'violet tuba marsh quietly 47';
const dir = mkdtempSync(path.join(tmpdir(), 'cairn-bench-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('bench vault writer', () => {
  const records = generate({ years: 0.1, endDay: '2026-11-25' });

  it('seals one row per segment, and the manifest listing them, that the real vault opens back into the same records', async () => {
    const { vault, rows } = await writeVault(path.join(dir, 'vault'), records, PASSPHRASE);
    // One row per segment, and the manifest (electron/main/vault/manifest.ts), which open() never returns as a segment.
    expect(rows.length).toBe(new Set(records.map(segmentOf)).size + 1);
    const { segments, failed } = vault.open(rows);
    expect(failed).toEqual([]);
    expect(byId(segments.flatMap((s) => decodeSegment(s.data)))).toEqual(byId(records));

    const file = path.join(dir, 'bench.cairnbackup');
    await writeBackup(vault, file, records, PASSPHRASE);
    const { records: restored } = decodePayload(decryptBackup(readFileSync(file), PASSPHRASE).payload);
    expect(byId(restored)).toEqual(byId(records));
  }, UNIT_ARGON2); // vault, backup and decryption each run production-cost Argon2id
});
