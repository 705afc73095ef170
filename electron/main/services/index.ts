import { join } from 'node:path';
import type { Services } from '../dispatch';
import { ServiceError } from '../dispatch';
import { writeFileAtomic } from '../fs/atomic-write';
import { IdleWatch } from '../vault/idle-watch';
import { PendingTempFiles } from '../fs/pending-temp-files';
import { VaultService, type LockReason } from '../vault/vault-service';
import type { KdfParams } from '../vault/header';
import { ReminderScheduler, type Clock, type Notifier, type Reminder } from '../reminders/scheduler';
import { BackgroundSetting } from '../background/background-setting';
import { AutoBackup } from '../backup/auto-backup';
import { BackupService } from '../backup/backup-service';
import type { Dialogs } from './dialogs';
import { PrintService } from '../print/print-service';
import type { Printer } from '../print/printer';

export interface ServiceOptions {
  /** Folder that holds the vault header and, later, backups. */
  dataDir: string;
  version: string;
  dialogs: Dialogs;
  /** Prints and renders PDFs of the page (Electron's webContents; Playwright's page.pdf in the harness). */
  printer: Printer;
  /** Tells the page the vault locked (OS lock screen, idle, menu). */
  onLocked: (reason: LockReason) => void;
  /** Shows reminders (Electron's Notification; a recording fake in tests). */
  notifier: Notifier;
  /** A reminder was clicked: bring the window forward and tell the page its kind. */
  onReminderClicked: (reminder: Reminder) => void;
  clock?: Clock;
  /** Argon2id cost for new passphrase slots and backup keys; tests use the cheapest the bounds allow. */
  kdf?: KdfParams;
  /** Whole-system idle seconds (Electron's powerMonitor); absent in the browser harness. */
  systemIdleSeconds?: () => number;
}

export interface MainServices {
  services: Services;
  vault: VaultService;
  /** Runs on quit, before the vault locks. */
  autoBackup: AutoBackup;
  reminders: ReminderScheduler;
  /** "Keep running in the background when the window is closed". */
  background: BackgroundSetting;
  /** Main's own idle lock; the composition root checks it on a timer. */
  idle: IdleWatch;
}

const recoveryKeyFile = (key: string) =>
  [
    'Cairn recovery key',
    '',
    key,
    '',
    'This key opens your Cairn journal if you forget your passphrase.',
    'Keep it somewhere safe and private, away from this computer.',
    '',
  ].join('\n');

/** Builds the real main-process services; Electron's ipcMain and the browser harness both call these. */
export async function createServices(options: ServiceOptions): Promise<MainServices> {
  // Locking also drops any backup plaintext staged for a restore.
  const onLocked = (reason: LockReason) => {
    backups.clear();
    autoBackup.forgetRows();
    options.onLocked(reason);
  };
  // First: remove plaintext temp files a crash left beside an export, PDF or recovery-key file.
  const { pending } = await PendingTempFiles.load(options.dataDir);
  const vault = await VaultService.load({ dataDir: options.dataDir, onLocked, kdf: options.kdf });
  const backups = new BackupService({ vault, dialogs: options.dialogs, app: `Cairn ${options.version}`, plaintextLedger: pending, safetyDir: join(options.dataDir, 'Safety backups') });
  const autoBackup = await AutoBackup.load({ dataDir: options.dataDir, vault, dialogs: options.dialogs, app: `Cairn ${options.version}`, kdf: options.kdf });
  const printing = new PrintService({ vault, printer: options.printer, dialogs: options.dialogs, write: (path, data) => writeFileAtomic(path, data, pending) });
  const idle = new IdleWatch({
    now: Date.now,
    systemIdleSeconds: options.systemIdleSeconds ?? (() => 0),
    unlockedAt: () => vault.status().unlockedAt,
    lock: () => vault.lock('idle'),
  });
  /** Rows re-sealed under the new key during a re-encryption, handed to automatic backups at the commit. */
  const rekeyed = new Map<string, { id: string; env: Uint8Array }>();
  const reminders = new ReminderScheduler(options.notifier, options.onReminderClicked, options.clock);
  const background = await BackgroundSetting.load(options.dataDir);
  const services: Services = {
    'app.info': () => ({ name: 'Cairn', version: options.version, dataLocation: options.dataDir }),
    'vault.status': () => vault.status(),
    'vault.create': ({ passphrase }) => vault.create(passphrase),
    'vault.unlock': async ({ passphrase }) => (await vault.unlock(passphrase), {}),
    'vault.unlockWithRecoveryKey': async ({ recoveryKey }) => (await vault.unlockWithRecoveryKey(recoveryKey), {}),
    // Both passphrase paths re-derive the automatic-backup key when it follows the vault passphrase.
    'vault.setNewPassphrase': async ({ passphrase }) => {
      await vault.setNewPassphrase(passphrase);
      await autoBackup.passphraseChanged(passphrase);
      return {};
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      await autoBackup.passphraseChanged(next);
      return {};
    },
    'vault.lock': ({ reason }) => (vault.lock(reason), {}),
    'vault.activity': ({ autoLockMinutes }) => (idle.activity(autoLockMinutes), {}),
    'vault.seal': ({ segments }) => {
      const rows = vault.seal(segments);
      autoBackup.observe(rows);
      return { rows };
    },
    'vault.open': ({ rows }) => {
      const opened = vault.open(rows);
      const leftover = new Set(opened.leftover);
      autoBackup.observe(rows.filter((row) => !leftover.has(row.id)));
      return { ...opened, rekeyUnfinished: vault.rekeyUnfinished };
    },
    'vault.verify': ({ rows }) => vault.verify(rows),
    'vault.stageManifest': ({ put, removed, replace }) => vault.stageManifest(put, removed, replace),
    'vault.commitManifest': async ({ generation }) => (await vault.commitManifest(generation), {}),
    'vault.rekeyManifest': () => ({ manifest: vault.rekeyManifest() }),
    'vault.rekeyStart': async ({ passphrase }) => {
      await vault.rekeyStart(passphrase);
      rekeyed.clear();
      return {};
    },
    'vault.rekeyRows': ({ rows }) => {
      const resealed = vault.rekeyRows(rows);
      for (const row of resealed) rekeyed.set(row.id, row);
      return { rows: resealed };
    },
    'vault.rekeyCommit': async () => {
      const result = await vault.rekeyCommit();
      // Automatic backups now read the new rows, and their key is wrapped under the new data key.
      autoBackup.resetRows([...rekeyed.values()]);
      rekeyed.clear();
      await autoBackup.rekeyed();
      return result;
    },
    'vault.rekeyTidy': async () => {
      // Before the old key is forgotten: it may still be the one the backup key is wrapped under.
      await autoBackup.rekeyed();
      await vault.rekeyTidy();
      return {};
    },
    'vault.saveRecoveryKey': async ({ recoveryKey }) => {
      const canonical = VaultService.normaliseRecoveryKey(recoveryKey);
      if (!canonical) throw new ServiceError('invalid_request', 'That is not a Cairn recovery key.');
      const path = await options.dialogs.chooseSavePath({
        title: 'Save your recovery key',
        defaultName: 'Cairn recovery key.txt',
      });
      if (!path) throw new ServiceError('cancelled', 'The recovery key was not saved.');
      await writeFileAtomic(path, recoveryKeyFile(canonical), pending);
      return { path };
    },
    'vault.newRecoveryKey': ({ passphrase }) => vault.newRecoveryKey(passphrase),
    'reminders.schedule': ({ reminders: list }) => ({ scheduled: reminders.replace(list) }),
    'reminders.snooze': ({ kind, time, minutes }) => ({ at: reminders.snooze({ kind, time }, minutes) }),
    'app.background': async ({ keepRunning }) => ({ keepRunning: keepRunning === undefined ? background.keepRunning : await background.set(keepRunning) }),
    'backup.export': ({ rows, passphrase, separatePassphrase, vaultPassphrase }) => backups.export(rows, passphrase, separatePassphrase, vaultPassphrase),
    'backup.choose': () => backups.choose(),
    'backup.inspect': ({ fileId, passphrase }) => backups.inspect(fileId, passphrase),
    'backup.restore': async ({ fileId, mode, rows, passphrase }) => {
      const restored = await backups.restore(fileId, mode, rows, passphrase);
      if (mode === 'replace') autoBackup.resetRows(restored.rows);
      else autoBackup.observe(restored.rows);
      return restored;
    },
    'backup.forget': ({ fileId }) => (backups.forget(fileId), {}),
    'backup.autoStatus': () => autoBackup.status(),
    'backup.autoConfigure': ({ passphrase, separatePassphrase, keep }) => autoBackup.configure(passphrase, separatePassphrase, keep),
    'backup.autoDisable': () => autoBackup.disable(),
    'backup.autoCheck': () => autoBackup.runIfDue(),
    'backup.autoNow': () => autoBackup.run(),
    'export.plain': ({ rows, format, kind, passphrase }) => backups.exportPlain(rows, format, kind, passphrase),
    'summary.print': (request) => printing.print(request),
    'summary.savePdf': (request) => printing.savePdf(request),
  };
  return { services, vault, reminders, background, autoBackup, idle };
}
