/**
 * The IPC channel and event lists, kept free of zod so the sandboxed preload
 * stays tiny. contract.ts must give every name here a schema (the compiler checks).
 */
export const channels = [
  'app.info',
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.unlockWithRecoveryKey',
  'vault.setNewPassphrase',
  'vault.changePassphrase',
  'vault.lock',
  'vault.activity',
  'vault.seal',
  'vault.open',
  'vault.verify',
  'vault.stageManifest',
  'vault.commitManifest',
  'vault.saveRecoveryKey',
  'vault.newRecoveryKey',
  'vault.rekeyStart',
  'vault.rekeyRows',
  'vault.rekeyManifest',
  'vault.rekeyCommit',
  'vault.rekeyTidy',
  'reminders.schedule',
  'reminders.snooze',
  'app.background',
  'backup.export',
  'backup.choose',
  'backup.inspect',
  'backup.restore',
  'backup.forget',
  'backup.autoStatus',
  'backup.autoConfigure',
  'backup.autoDisable',
  'backup.autoCheck',
  'backup.autoNow',
  'export.plain',
  'summary.print',
  'summary.savePdf',
] as const;

export type Channel = (typeof channels)[number];

/** Pushed from main to the page. */
export const events = ['vault.locked', 'reminders.open', 'menu.exportBackup', 'menu.command'] as const;

export type EventName = (typeof events)[number];

/** Prefixed so Cairn's channels can never collide with Electron's own. */
export const ipcName = (channel: Channel): string => `cairn:${channel}`;
export const eventIpcName = (event: EventName): string => `cairn-event:${event}`;
