import type { Page } from '@playwright/test';
import { E2E_SLOW_TEST } from '../timeouts';
import { expect, test } from './fixtures';
import { addEntry, unlockToShell } from './steps';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });

type Row = { id: string; env: Uint8Array };

/** Every stored row, read straight from IndexedDB as someone with the disk could. */
const readRows = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('cairn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('rows', 'readonly').objectStore('rows').getAll();
          get.onsuccess = () => (open.result.close(), resolve(get.result as Row[]));
          get.onerror = () => reject(get.error);
        };
      }),
  );

/** Puts an older copy of the whole IndexedDB back, vault.json left as it is. */
const putBack = (page: Page, rows: Row[]) =>
  page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cairn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('rows', 'readwrite');
          const store = tx.objectStore('rows');
          store.clear();
          for (const row of rows) store.put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );

test('an older copy of the journal put back behind Cairn is reported in plain words at unlock', async ({ cairn }) => {
  test.setTimeout(E2E_SLOW_TEST);
  const { page } = cairn;
  await addEntry(page, 'Written first', 'The first entry.');
  const older = await readRows(page);
  await addEntry(page, 'Written second', 'The second entry.');

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
  await putBack(page, older);
  await unlockToShell(page);

  await expect(page.getByRole('alert')).toContainText(
    'Your journal on this computer is older than the last version Cairn saved: an older copy may have been put back',
  );
  await expect(page.getByRole('alert')).toContainText('Restoring your latest backup can bring it back.');
});
