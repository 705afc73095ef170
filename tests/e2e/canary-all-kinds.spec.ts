import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { anyRecord, type AnyRecord } from '../../src/shared/domain';
import { sampleRecords } from '../fixtures/records/samples';
import { expect, foreignRequests, test } from './fixtures';
import { filesContaining } from './raw-bytes';
import { reloadAndUnlock, seedRecords } from './seed';
import { openEntryEditor, openSettings, PASSPHRASE } from './steps';
import { E2E_SLOW_STEP } from '../timeouts';

// Not about creating a vault: start from one made in Node, unlocked (see fixtures.ts).
test.use({ vault: 'unlocked' });
// The canary reads the files the browser wrote: a profile folder (ProfileStore in fixtures.ts).
test.use({ profile: 'disk' });

/** Appends the marker to every string field the record's schema still accepts with it. */
function mark(record: AnyRecord, marker: string): AnyRecord {
  let current: unknown = record;
  const visit = (path: (string | number)[], value: unknown) => {
    if (typeof value === 'string') {
      const candidate = structuredClone(current) as Record<string | number, unknown>;
      let node = candidate as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path.at(-1)!] = `${value} ${marker}`;
      if (anyRecord.safeParse(candidate).success) current = candidate;
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit([...path, Array.isArray(value) ? Number(key) : key], child);
    }
  };
  for (const [key, value] of Object.entries(record)) if (!['id', 'kind'].includes(key)) visit([key], value);
  return current as AnyRecord;
}

test('canary over every record kind, search, drafts, backups and automatic backups: no plaintext on disk', async ({ cairn }, testInfo) => {
  test.skip(!cairn.harness, 'file dialogs are answered through the harness');
  test.slow();
  const { page } = cairn;
  const marker = `CANARY${randomBytes(6).toString('hex')}`;
  const records = sampleRecords().map((r) => mark(r, marker));
  // Every kind that holds any text carries the marker somewhere.
  const withoutText = new Set(['settings', 'med.settings', 'assessment.phq9', 'assessment.gad7', 'safety.reachOut']);
  for (const r of records) if (!withoutText.has(r.kind)) expect(JSON.stringify(r), r.kind).toContain(marker);

  await seedRecords(page, records);
  await reloadAndUnlock(page, PASSPHRASE);

  // Use it: search (an in-memory index), type a draft, and visit every section.
  await page.keyboard.press('Control+1');
  await page.getByLabel('Search entries and check-in notes').fill(marker);
  // Visible hits only: the tag filter's options also name the marker (a tag), hidden inside the closed select.
  await expect(page.getByText(marker).filter({ visible: true }).first()).toBeVisible();
  await page.getByLabel('Search entries and check-in notes').fill('');
  await openEntryEditor(page);
  await page.getByLabel('Entry', { exact: true }).fill(`A draft that mentions ${marker}`);
  for (const key of ['2', '3', '4', '5', '6', '7', '8', 'Comma']) await page.keyboard.press(`Control+${key}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await openSettings(page, 'Backups');

  // An encrypted backup and an automatic backup, both into folders we scan.
  const backups = path.join(cairn.vaultDir, '..', 'backups');
  mkdirSync(backups, { recursive: true });
  cairn.harness!.nextSavePath = path.join(backups, 'manual.cairnbackup');
  await page.getByLabel('Your passphrase (protects the backup too)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Export backup…' }).click();
  await expect(page.getByText(/^Backup saved to/)).toBeVisible({ timeout: E2E_SLOW_STEP });
  cairn.harness!.nextFolderPath = backups;
  await page.getByLabel('Your passphrase (protects the automatic backups)').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Choose folder and turn on…' }).click();
  await expect(page.getByText(/Last backup:/)).toBeVisible({ timeout: E2E_SLOW_STEP });

  // And delete one: its month's segment is rewritten without it.
  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: new RegExp(`^Delete Evening ${marker}`) }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Cairn is locked' })).toBeVisible();
  await cairn.quit();

  for (const dir of [cairn.profileDir, cairn.vaultDir, backups]) expect(filesContaining(dir, marker), dir).toEqual([]);
  // The scan can see plaintext: the backups folder holds both files it scanned.
  expect(filesContaining(backups, 'CAIRNBAK').length).toBe(2);
  testInfo.annotations.push({ type: 'kinds', description: [...new Set(records.map((r) => r.kind))].join(', ') });
  expect(foreignRequests(cairn)).toEqual([]);
});
