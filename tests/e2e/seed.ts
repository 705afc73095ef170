/**
 * Seeding helper for end-to-end specs: puts many records into a vault quickly,
 * through the app's real storage path instead of clicking through forms.
 *
 * API
 *   await seedRecords(page, records)
 *     Call while the vault is unlocked (e.g. in a spec with test.use({ vault: 'unlocked' })). Every
 *     record is validated with the app's own schemas (anyRecord), merged into
 *     the segments already stored, sealed by main through
 *     window.cairn['vault.seal'] and written to IndexedDB 'cairn', table 'rows'
 *     ({id, env}), exactly as src/renderer/db/repository.ts writes them. The
 *     running app's in-memory store does not see them until it loads again.
 *   await reloadAndUnlock(page, passphrase?)
 *     Reloads the page (unlocking if it asks), so the app loads everything, seeded rows included.
 *   stamp(), day(offset, today?)
 *     Builders for record fields: an ISO timestamp, and calendar days relative to today (local time).
 */
import type { Page } from '@playwright/test';
import type { CairnApi } from '../../src/shared/contract';
import { anyRecord, segmentOf, type AnyRecord } from '../../src/shared/domain';
import { decodeSegment, encodeSegment } from '../../src/shared/domain/segments';
import { localDay } from '../../src/shared/local-date';
import { addDays } from '../../src/shared/medication/days';
import { E2E_SLOW_STEP } from '../timeouts';
import { expect } from './fixtures';
import { unlockToShell } from './steps';

interface Row {
  id: string;
  env: Uint8Array;
}

/** The day `offset` days from today (negative = in the past). */
export const day = (offset: number, today = localDay()): string => addDays(today, offset);
export const stamp = (): string => new Date().toISOString();

/** Rows per vault.open / vault.seal call, as the repository batches them. */
const BATCH = 100;

export async function seedRecords(page: Page, records: readonly AnyRecord[]): Promise<void> {
  const valid = records.map((r) => anyRecord.parse(r));

  // What the vault holds already, opened by main, so seeding adds to it instead of replacing segments.
  const existing = await page.evaluate(async (batch) => {
    const rows = await new Promise<Row[]>((resolve, reject) => {
      const open = indexedDB.open('cairn');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('rows', 'readonly').objectStore('rows').getAll();
        get.onsuccess = () => {
          db.close();
          resolve(get.result as Row[]);
        };
        get.onerror = () => reject(get.error);
      };
    });
    const segments: { name: string; data: string }[] = [];
    for (let i = 0; i < rows.length; i += batch) {
      const result = await (window as unknown as { cairn: CairnApi }).cairn['vault.open']({ rows: rows.slice(i, i + batch) });
      if (!result.ok) throw new Error(result.error.message);
      segments.push(...result.value.segments.map((s) => ({ name: s.name, data: s.data })));
    }
    return segments;
  }, BATCH);

  const bySegment = new Map<string, Map<string, AnyRecord>>();
  const add = (record: AnyRecord) => {
    const members = bySegment.get(segmentOf(record)) ?? new Map<string, AnyRecord>();
    bySegment.set(segmentOf(record), members.set(record.id, record));
  };
  existing.forEach((s) => decodeSegment(s.data).forEach(add));
  const touched = new Set(valid.map(segmentOf));
  valid.forEach(add);
  const segments = [...touched].map((name) => ({ name, data: encodeSegment([...(bySegment.get(name)?.values() ?? [])]) }));

  await page.evaluate(
    async ({ segments, batch }) => {
      const cairn = (window as unknown as { cairn: CairnApi }).cairn;
      const rows: Row[] = [];
      for (let i = 0; i < segments.length; i += batch) {
        const sealed = await cairn['vault.seal']({ segments: segments.slice(i, i + batch) });
        if (!sealed.ok) throw new Error(sealed.error.message);
        rows.push(...sealed.value.rows);
      }
      // As the repository writes: the manifest listing the new rows goes in the same transaction (src/renderer/db/repository.ts).
      const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const put = await Promise.all(
        rows.map(async ({ id, env }) => ({ id, hash: hex(await crypto.subtle.digest('SHA-256', env as Uint8Array<ArrayBuffer>)) })),
      );
      const staged = await cairn['vault.stageManifest']({ put, removed: [], replace: false });
      if (!staged.ok) throw new Error(staged.error.message);
      rows.push(staged.value.manifest);
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cairn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('rows', 'readwrite');
          for (const row of rows) tx.objectStore('rows').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      const committed = await cairn['vault.commitManifest']({ generation: staged.value.generation });
      if (!committed.ok) throw new Error(committed.error.message);
    },
    { segments, batch: BATCH },
  );
}

export async function reloadAndUnlock(page: Page, passphrase?: string): Promise<void> {
  await page.reload();
  // Depending on the vault state main keeps, the reloaded page asks for the passphrase or opens straight away.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const ask = page.getByLabel('Passphrase', { exact: true });
  await expect(nav.or(ask)).toBeVisible({ timeout: E2E_SLOW_STEP });
  if (await ask.isVisible()) await unlockToShell(page, passphrase);
}
