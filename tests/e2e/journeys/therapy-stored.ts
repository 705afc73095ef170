/**
 * What the vault really holds, for journey specs: every row read from
 * IndexedDB, opened by main through window.cairn['vault.open'] (as the app
 * does on unlock) and decoded, so a spec can check stored records and not
 * only what the screen shows.
 */
import type { Page } from '@playwright/test';
import type { CairnApi } from '../../../src/shared/contract';
import type { RecordKind, RecordOf } from '../../../src/shared/domain';
import { decodeSegment } from '../../../src/shared/domain/segments';

export async function storedRecords<K extends RecordKind>(page: Page, kind: K): Promise<RecordOf<K>[]> {
  const segments = await page.evaluate(async () => {
    const rows = await new Promise<{ id: string; env: unknown }[]>((resolve, reject) => {
      const open = indexedDB.open('cairn');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('rows', 'readonly').objectStore('rows').getAll();
        get.onsuccess = () => {
          db.close();
          resolve(get.result as { id: string; env: unknown }[]);
        };
        get.onerror = () => reject(get.error);
      };
    });
    const data: string[] = [];
    for (let i = 0; i < rows.length; i += 100) {
      const opened = await (window as unknown as { cairn: CairnApi }).cairn['vault.open']({ rows: rows.slice(i, i + 100) as never });
      if (!opened.ok) throw new Error(opened.error.message);
      data.push(...opened.value.segments.map((s) => s.data));
    }
    return data;
  });
  return segments.flatMap(decodeSegment).filter((r): r is RecordOf<K> => r.kind === kind);
}
