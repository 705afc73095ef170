/**
 * Reads back what the vault holds, the way a restarted Cairn would: every row
 * from IndexedDB, opened by main through window.cairn['vault.open']. Journeys
 * use it to check what is stored, not only what the screen says.
 */
import type { Page } from '@playwright/test';
import type { CairnApi } from '../../../src/shared/contract';
import type { AnyRecord, RecordKind, RecordOf } from '../../../src/shared/domain';
import { decodeSegment } from '../../../src/shared/domain/segments';

export async function storedRecords<K extends RecordKind>(page: Page, kind: K): Promise<RecordOf<K>[]> {
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
    const result = await (window as unknown as { cairn: CairnApi }).cairn['vault.open']({ rows });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.segments.map((s) => s.data);
  });
  return segments.flatMap((data) => decodeSegment(data)).filter((r: AnyRecord): r is RecordOf<K> => r.kind === kind);
}
