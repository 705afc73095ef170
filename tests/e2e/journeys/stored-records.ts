/**
 * What the vault really holds: every row read from IndexedDB, opened by main
 * through window.cairn['vault.open'] and decoded, exactly as the app loads
 * them. Journeys use it to check what is stored, not only what is shown.
 */
import type { Page } from '@playwright/test';
import type { CairnApi } from '../../../src/shared/contract';
import type { AnyRecord, RecordKind, RecordOf } from '../../../src/shared/domain';
import { decodeSegment } from '../../../src/shared/domain/segments';

export async function storedRecords(page: Page): Promise<AnyRecord[]> {
  const segments = await page.evaluate(async () => {
    const rows = await new Promise<{ id: string; env: Uint8Array }[]>((resolve, reject) => {
      const open = indexedDB.open('cairn');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('rows', 'readonly').objectStore('rows').getAll();
        get.onsuccess = () => {
          db.close();
          resolve(get.result as { id: string; env: Uint8Array }[]);
        };
        get.onerror = () => reject(get.error);
      };
    });
    const data: string[] = [];
    for (let i = 0; i < rows.length; i += 100) {
      const result = await (window as unknown as { cairn: CairnApi }).cairn['vault.open']({ rows: rows.slice(i, i + 100) });
      if (!result.ok) throw new Error(result.error.message);
      data.push(...result.value.segments.map((s) => s.data));
    }
    return data;
  });
  return segments.flatMap(decodeSegment);
}

export async function storedOfKind<K extends RecordKind>(page: Page, kind: K): Promise<RecordOf<K>[]> {
  return (await storedRecords(page)).filter((r): r is RecordOf<K> => r.kind === kind);
}
