import 'fake-indexeddb/auto';
import { must, pageApi, startServices } from './services-in-node';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/main/dispatch';
import { KDF_BOUNDS } from '../../electron/main/vault/header';
import { segmentOf, type AnyRecord } from '../../src/shared/domain';
import { encodeSegment } from '../../src/shared/domain/segments';
import type { JournalEntry } from '../../src/shared/domain/journal';
import { CairnDatabase, type StoredRow } from '../../src/renderer/db/database';
import { RecordStore } from '../../src/renderer/db/record-store';
import { Repository } from '../../src/renderer/db/repository';
import { UNIT_ARGON2 } from '../timeouts';

// Argon2id is not this file's subject: repeats are answered from memory (exact; see tests/support/argon2-memo.ts).
vi.mock('../../electron/main/vault/argon2-thread', async (importOriginal) => (await import('../support/argon2-memo')).rememberOffThread(await importOriginal()));
vi.mock('../../electron/main/vault/sodium', async (importOriginal) => (await import('../support/argon2-memo')).rememberInThread(await importOriginal()));

/*
 * Issue 22 point 1: rows stored as base64 text before binary envelopes are
 * converted to bytes at the first unlock, under the manifest's protection.
 * Real main services (dispatch, as IPC does) and the page's real Repository
 * on fake-indexeddb. IndexedDB is written the way the old code stored rows:
 * {id, env: base64 text}, and a manifest listing SHA-256 of that text.
 */

const here = path.dirname(new URL(import.meta.url).pathname);
const v1 = path.join(here, '../fixtures/v1');
const readJson = <T,>(name: string) => JSON.parse(readFileSync(path.join(v1, name), 'utf8')) as T;
const KDF = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
const PASS = 'base64 migration passphrase';
const CLEAN = { damagedRows: 0, olderRows: 0, unlistedRows: 0, missingRows: 0, listProblem: null };
const dirs: string[] = [];
let dbCount = 0;
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const newDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cairn-b64-'));
  dirs.push(dir);
  return dir;
};




/** Cairn starts on `dataDir` and this IndexedDB, unlocks and loads, as after a restart. */
async function unlockAndLoad(dataDir: string, db: CairnDatabase, passphrase: string) {
  const services = await startServices(dataDir, { kdf: KDF });
  await must(dispatch('vault.unlock', { passphrase }, services));
  const repository = new Repository(pageApi(services), db, new RecordStore());
  return { services, repository, report: await repository.load() };
}

const byId = (records: readonly AnyRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const everything = (repository: Repository, kinds: Iterable<string>) => byId([...new Set(kinds)].flatMap((kind) => repository.store.ofKind(kind as AnyRecord['kind'])));
const stored = (db: CairnDatabase) => db.rows.toArray();
const base64Of = (env: StoredRow['env']) => (typeof env === 'string' ? env : Buffer.from(env).toString('base64'));
const flipByte = (env: Uint8Array, at: number) => env.map((byte, i) => (i === at ? byte ^ 0x01 : byte));

describe('base64-era rows become bytes at the first unlock', () => {
  it('the format-1 fixture vault (rows as base64 text, no manifest) migrates, reads back identical, and stays tamper-evident', async () => {
    const dataDir = newDir();
    cpSync(path.join(v1, 'vault'), dataDir, { recursive: true });
    const { passphrase } = readJson<{ passphrase: string }>('secrets.json');
    const expected = readJson<AnyRecord[]>('records.json');
    const oldRows = readJson<{ id: string; env: string }[]>('rows.json');
    const db = new CairnDatabase(`b64-${++dbCount}`);
    await db.rows.bulkPut(oldRows);

    const first = await unlockAndLoad(dataDir, db, passphrase);
    expect(first.report).toMatchObject({ records: expected.length, ...CLEAN });
    expect(everything(first.repository, expected.map((r) => r.kind))).toEqual(byId(expected));
    // Every row is bytes now, the same bytes the text spelled; one more row: the first manifest.
    const after = await stored(db);
    expect(after).toHaveLength(oldRows.length + 1);
    for (const row of after) expect(row.env).toBeInstanceOf(Uint8Array);
    const text = new Map(oldRows.map((row) => [row.id, row.env]));
    for (const row of after.filter((r) => text.has(r.id))) expect(base64Of(row.env)).toBe(text.get(row.id));

    // The next unlock reads the same records and finds nothing to convert or report.
    const second = await unlockAndLoad(dataDir, db, passphrase);
    expect(second.report).toMatchObject({ records: expected.length, ...CLEAN });
    expect(everything(second.repository, expected.map((r) => r.kind))).toEqual(byId(expected));
    expect(await stored(db)).toEqual(after);

    // A migrated row altered by one byte is refused, reported and kept as it is.
    const victim = after.find((r) => text.has(r.id))!;
    const altered = flipByte(victim.env as Uint8Array, 40);
    await db.rows.put({ id: victim.id, env: altered });
    const third = await unlockAndLoad(dataDir, db, passphrase);
    expect(third.report).toMatchObject({ damagedRows: 1, olderRows: 0, unlistedRows: 0, missingRows: 0, listProblem: null });
    expect((await db.rows.get(victim.id))?.env).toEqual(altered);

    // The same row put back as its pre-migration base64 text (it still authenticates) is an older copy: reported, not shown.
    await db.rows.put({ id: victim.id, env: text.get(victim.id)! });
    const fourth = await unlockAndLoad(dataDir, db, passphrase);
    expect(fourth.report).toMatchObject({ damagedRows: 0, olderRows: 1, unlistedRows: 0, missingRows: 0, listProblem: null });
    expect(fourth.report.records).toBeLessThan(expected.length);
    expect((await db.rows.get(victim.id))?.env).toBe(text.get(victim.id));
  }, 4 * UNIT_ARGON2); // four unlocks at the fixture's production Argon2id cost

  it('a base64-era vault with a manifest of text hashes migrates; a row tampered before the upgrade stays refused and untouched', async () => {
    const dataDir = newDir();
    const services = await startServices(dataDir, { kdf: KDF });
    await must(dispatch('vault.create', { passphrase: PASS }, services));
    const entries: JournalEntry[] = ['2026-09-02', '2026-10-02', '2026-11-02'].map((date) => ({
      kind: 'journal.entry',
      id: date,
      date,
      time: '09:00',
      title: date,
      body: `words of ${date}`,
      tags: [],
      shareWithProvider: false,
      createdAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
    }));
    // What the old page stored: the envelopes as base64 text, and a manifest naming each row by SHA-256 of that text.
    const { rows } = await must<{ rows: { id: string; env: Uint8Array }[] }>(
      dispatch('vault.seal', { segments: entries.map((e) => ({ name: segmentOf(e), data: encodeSegment([e]) })) }, services),
    );
    await must(dispatch('vault.verify', { rows: [] }, services));
    const textRows = rows.map((row) => ({ id: row.id, env: base64Of(row.env) }));
    const put = textRows.map((row) => ({ id: row.id, hash: createHash('sha256').update(row.env, 'utf8').digest('hex') }));
    const staged = await must<{ manifest: { id: string; env: Uint8Array }; generation: number }>(dispatch('vault.stageManifest', { put, removed: [], replace: false }, services));
    const db = new CairnDatabase(`b64-${++dbCount}`);
    await db.rows.bulkPut([...textRows, { id: staged.manifest.id, env: base64Of(staged.manifest.env) }]);
    await must(dispatch('vault.commitManifest', { generation: staged.generation }, services));

    // Before the upgrade, someone alters one text row (one character of its base64).
    const victim = textRows[1]!;
    const tampered = `${victim.env.slice(0, 60)}${victim.env[60] === 'A' ? 'B' : 'A'}${victim.env.slice(61)}`;
    await db.rows.put({ id: victim.id, env: tampered });

    const first = await unlockAndLoad(dataDir, db, PASS);
    expect(first.report).toMatchObject({ records: 2, damagedRows: 1, olderRows: 0, unlistedRows: 0, missingRows: 0, listProblem: null });
    expect(first.repository.store.ofKind('journal.entry').map((e) => e.id).sort()).toEqual(['2026-09-02', '2026-11-02']);
    const after = await stored(db);
    // The tampered row is kept exactly as found (text); the others and the manifest are bytes.
    expect((await db.rows.get(victim.id))?.env).toBe(tampered);
    expect(after.filter((r) => typeof r.env === 'string').map((r) => r.id)).toEqual([victim.id]);
    for (const row of textRows.filter((r) => r !== victim)) expect(base64Of((await db.rows.get(row.id))!.env)).toBe(row.env);

    // Next time: the two converted rows verify as bytes, the tampered one is still refused.
    const second = await unlockAndLoad(dataDir, db, PASS);
    expect(second.report).toMatchObject({ records: 2, damagedRows: 1, olderRows: 0, unlistedRows: 0, missingRows: 0, listProblem: null });
    expect(second.repository.store.ofKind('journal.entry').map((e) => e.body).sort()).toEqual(['words of 2026-09-02', 'words of 2026-11-02']);

    // A converted row put back as its old text is an older copy, not the current one.
    const converted = textRows[0]!;
    await db.rows.put(converted);
    const third = await unlockAndLoad(dataDir, db, PASS);
    expect(third.report).toMatchObject({ records: 1, damagedRows: 1, olderRows: 1 });
  }, 4 * UNIT_ARGON2);
});
