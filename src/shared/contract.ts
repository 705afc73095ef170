import { z } from 'zod';
import type { Channel, EventName } from './channels';
import { timeOfDay } from './domain/medication';
import { menuCommandIds } from './menu-commands';
import type { Result } from './result';

interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

const empty = z.strictObject({});
/** The page reports activity (vault.activity) at most this often; main's idle lock allows this much slack. */
export const ACTIVITY_REPORT_MS = 20_000;
/** Long enough for any real passphrase, short enough that Argon2 never sees megabytes. */
const passphrase = z.string().min(1, 'Enter a passphrase.').max(1024, 'That passphrase is too long (over 1,024 characters).');
/** Crockford base32 in groups; spaces and dashes are tolerated, the service normalises. */
const recoveryKey = z.string().min(1, 'Enter the recovery key.').max(200, 'That is not a recovery key.');
/** The largest envelope a request may carry: the same bound the base64 text had (96 MiB of text is 72 MiB of bytes). */
export const MAX_ENVELOPE_BYTES = 72 * 1024 * 1024;
/**
 * A sealed envelope's bytes (electron/main/vault/envelope.ts). A Uint8Array
 * crosses IPC by structured clone, so nothing is encoded, decoded or
 * pattern-checked per byte; only its type and length are checked here, and
 * its contents by authenticated decryption in main. An empty one is allowed
 * so a damaged row is reported per row (unreadable), not as a refused batch.
 */
export const envelope = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength <= MAX_ENVELOPE_BYTES,
  `Not an envelope (bytes, at most ${MAX_ENVELOPE_BYTES} of them).`,
);
const rowId = z.string().regex(/^[0-9a-f]{32}$/, 'Not a Cairn row id.');
/** A segment groups records by kind and month, e.g. "journal:2026-11"; the name is sealed, never stored in clear. */
const segmentName = z.string().min(1).max(200);

export const vaultState = z.enum(['none', 'locked', 'unlocked', 'recovery']);

const rowHashHex = z.string().regex(/^[0-9a-f]{64}$/, 'Not a row hash.');
const stagedManifest = z.strictObject({ manifest: z.strictObject({ id: rowId, env: envelope }), generation: z.number().int().positive() });
const sealedRows = z.array(z.strictObject({ id: z.string().max(64), env: envelope })).max(20_000);
const backupSummary = z.strictObject({
  createdAt: z.string(),
  app: z.string(),
  counts: z.record(z.string(), z.number().int()),
  total: z.number().int(),
  dateRange: z.strictObject({ from: z.string(), to: z.string() }).nullable(),
});
export type BackupSummary = z.output<typeof backupSummary>;
const autoBackupStatus = z.strictObject({
  enabled: z.boolean(),
  folder: z.string().nullable(),
  keep: z.number().int(),
  lastBackupAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type AutoBackupStatus = z.output<typeof autoBackupStatus>;
const pageSize = z.enum(['A4', 'Letter']);
/** What a reminder is for; it picks where a click leads, never the words shown. */
export const REMINDER_KINDS = ['dose', 'checkin', 'homework', 'appointment', 'refill'] as const;
export const reminderKind = z.enum(REMINDER_KINDS);
export type ReminderKind = z.output<typeof reminderKind>;
export const SNOOZE_MINUTES = [10, 60] as const;
const snoozeMinutes = z.union([z.literal(SNOOZE_MINUTES[0]), z.literal(SNOOZE_MINUTES[1])]);
/** One reminder: when (ms since epoch), the clock time its text names, and its kind. */
const reminder = z.strictObject({ at: z.number().int().nonnegative(), time: timeOfDay, kind: reminderKind });
/** Only a suggested name for the save dialog; the user picks the folder. */
const pdfFileName = z.string().regex(/^[\w .,()-]{1,100}\.pdf$/, 'Not a PDF file name.');

/**
 * The single source of truth for IPC: main parses every request with these
 * schemas, and both ends infer their types from them. `satisfies` makes the
 * compiler refuse a channel without a schema or a schema without a channel.
 */
export const contract = {
  'app.info': {
    request: empty,
    response: z.strictObject({ name: z.string(), version: z.string(), dataLocation: z.string() }),
  },
  'vault.status': {
    request: empty,
    response: z.strictObject({
      /** none: no vault yet; recovery: opened with the recovery key, a new passphrase is required first. */
      state: vaultState,
      /** ms since epoch of the last unlock; printing and export ask again after 5 minutes. */
      unlockedAt: z.number().nullable(),
      /** >0 while wrong-passphrase throttling is in force. */
      retryAfterMs: z.number().int().nonnegative(),
    }),
  },
  'vault.create': {
    request: z.strictObject({ passphrase }),
    /** Shown once; never stored in clear. */
    response: z.strictObject({ recoveryKey: z.string() }),
  },
  'vault.unlock': {
    request: z.strictObject({ passphrase }),
    response: empty,
  },
  'vault.unlockWithRecoveryKey': {
    request: z.strictObject({ recoveryKey }),
    response: empty,
  },
  'vault.setNewPassphrase': {
    request: z.strictObject({ passphrase }),
    response: empty,
  },
  'vault.changePassphrase': {
    request: z.strictObject({ current: passphrase, next: passphrase }),
    response: empty,
  },
  'vault.lock': {
    request: z.strictObject({ reason: z.enum(['user', 'idle']) }),
    response: empty,
  },
  /**
   * The person used Cairn (sent at most every 20 s) and the idle time they chose:
   * main locks by itself when these stop, so a hung or crashed page cannot keep the vault open.
   */
  'vault.activity': {
    request: z.strictObject({ autoLockMinutes: z.number().int().min(1).max(240) }),
    response: empty,
  },
  'vault.seal': {
    request: z.strictObject({
      segments: z.array(z.strictObject({ name: segmentName, data: z.string().max(64 * 1024 * 1024) })).min(1).max(2000),
    }),
    response: z.strictObject({ rows: z.array(z.strictObject({ id: rowId, env: envelope })) }),
  },
  'vault.open': {
    request: z.strictObject({ rows: z.array(z.strictObject({ id: z.string().max(64), env: envelope })).max(2000) }),
    response: z.strictObject({
      segments: z.array(z.strictObject({ id: rowId, name: segmentName, data: z.string() })),
      /** Rows that failed authentication; they are reported, never dropped or overwritten. */
      failed: z.array(z.strictObject({ id: z.string(), message: z.string() })),
      /** Copies left by an unfinished re-encryption (sealed under the other key): the page deletes them, then calls vault.rekeyTidy. */
      leftover: z.array(rowId),
      /** vault.json still records an unfinished re-encryption. */
      rekeyUnfinished: z.boolean(),
    }),
  },
  /**
   * After every row is open: each row's SHA-256 (hex, of its envelope bytes, or of the text of a row stored as base64 before
   * binary envelopes; re-encryption leftovers
   * left out) is checked against the sealed manifest and vault.json's generation (electron/main/vault/manifest.ts).
   */
  'vault.verify': {
    request: z.strictObject({ rows: z.array(z.strictObject({ id: z.string().max(64), hash: rowHashHex })).max(100_000) }),
    response: z.strictObject({
      /** Not the version last saved (an older copy put back, or altered): kept, reported, not shown. */
      changed: z.array(z.string()),
      /** Not written by Cairn (not listed): kept, reported, not shown. */
      unlisted: z.array(z.string()),
      /** Saved parts that are gone. */
      missing: z.number().int().nonnegative(),
      /** absent/damaged: no trusted list; older: the rows are older than vault.json; header-older: vault.json is. */
      problem: z.enum(['absent', 'damaged', 'older', 'header-older']).nullable(),
      /** A first manifest for a vault from before manifests: store it, then vault.commitManifest. */
      write: stagedManifest.nullable(),
    }),
  },
  /** The manifest to store in the same IndexedDB transaction as a write; then vault.commitManifest. */
  'vault.stageManifest': {
    request: z.strictObject({
      put: z.array(z.strictObject({ id: rowId, hash: rowHashHex })).max(20_000),
      removed: z.array(z.string().max(64)).max(100_000),
      /** A replace restore: saved parts reported missing stop being listed. */
      replace: z.boolean(),
    }),
    response: stagedManifest,
  },
  'vault.commitManifest': {
    request: z.strictObject({ generation: z.number().int().positive() }),
    response: empty,
  },
  /**
   * "Re-encrypt everything with a new key", in four steps the page drives
   * (electron/main/vault/rekey.ts): start (checks the passphrase, throttled),
   * rows (re-sealed under the new key, in batches), commit (vault.json switches;
   * returns the new recovery key, shown once), tidy (after the old rows are deleted).
   */
  'vault.rekeyStart': {
    request: z.strictObject({ passphrase }),
    response: empty,
  },
  'vault.rekeyRows': {
    request: z.strictObject({ rows: z.array(z.strictObject({ id: rowId, env: envelope })).min(1).max(2000) }),
    response: z.strictObject({ rows: z.array(z.strictObject({ id: rowId, env: envelope })) }),
  },
  /** After the last rekeyRows: the new rows' manifest, stored in the same transaction as them. */
  'vault.rekeyManifest': {
    request: empty,
    response: z.strictObject({ manifest: z.strictObject({ id: rowId, env: envelope }) }),
  },
  'vault.rekeyCommit': {
    request: empty,
    response: z.strictObject({ recoveryKey: z.string() }),
  },
  'vault.rekeyTidy': {
    request: empty,
    response: empty,
  },
  'vault.saveRecoveryKey': {
    request: z.strictObject({ recoveryKey }),
    response: z.strictObject({ path: z.string() }),
  },
  /** Needs the passphrase (throttled); the new key is shown once and the old one stops working. */
  'vault.newRecoveryKey': {
    request: z.strictObject({ passphrase }),
    response: z.strictObject({ recoveryKey: z.string() }),
  },
  /**
   * Replaces the reminders main shows while Cairn runs, locked or not.
   * Only instants, clock times and kinds cross: no medication, condition or
   * therapy, no record id, nothing to decrypt.
   */
  'reminders.schedule': {
    request: z.strictObject({
      reminders: z.array(reminder).max(500, 'Too many reminders at once.'),
    }),
    response: z.strictObject({ scheduled: z.number().int().nonnegative() }),
  },
  /** "Snooze 10 minutes / 1 hour" from the window a reminder opened (where the notification itself has no buttons). */
  'reminders.snooze': {
    request: z.strictObject({ kind: reminderKind, time: timeOfDay, minutes: snoozeMinutes }),
    response: z.strictObject({ at: z.number().int().nonnegative() }),
  },
  /** "Keep running in the background when the window is closed": read (keepRunning absent) or set. Main keeps it in a small file of its own. */
  'app.background': {
    request: z.strictObject({ keepRunning: z.boolean().optional() }),
    response: z.strictObject({ keepRunning: z.boolean() }),
  },
  'backup.export': {
    /** The sealed rows as stored; main opens them itself, so no plaintext crosses IPC. */
    request: z.strictObject({
      rows: sealedRows,
      passphrase,
      separatePassphrase: z.boolean(),
      /** With a separate backup passphrase: the vault passphrase, asked again after 5 minutes unlocked. */
      vaultPassphrase: passphrase.optional(),
    }),
    response: z.strictObject({ path: z.string(), bytes: z.number().int(), total: z.number().int() }),
  },
  'backup.choose': {
    request: empty,
    /** An opaque handle to the file the user picked; the page never names a path itself. */
    response: z.strictObject({ fileId: z.string(), fileName: z.string() }),
  },
  'backup.inspect': {
    /** Decrypts and validates the whole file into main's staging area; the vault is not touched. */
    request: z.strictObject({ fileId: z.string().max(64), passphrase }),
    response: backupSummary,
  },
  'backup.restore': {
    /** Returns the new sealed rows; the page writes them in one Dexie transaction. */
    request: z.strictObject({
      fileId: z.string().max(64),
      mode: z.enum(['replace', 'merge']),
      rows: sealedRows,
      /** Replace only: the vault passphrase; a safety backup of the current records is written under it first. */
      passphrase: passphrase.optional(),
    }),
    response: z.strictObject({
      rows: z.array(z.strictObject({ id: rowId, env: envelope })),
      total: z.number().int(),
      /** Where the safety backup went (replace with any current records), else null. */
      safetyBackup: z.string().nullable(),
      /** Rows that could not be opened; the page keeps them as they are. */
      keptDamaged: z.number().int(),
    }),
  },
  'backup.forget': {
    request: z.strictObject({ fileId: z.string().max(64) }),
    response: empty,
  },
  'backup.autoStatus': { request: empty, response: autoBackupStatus },
  'backup.autoConfigure': {
    /** Asks for a folder; the backup key is derived once and kept wrapped under the vault's data key. */
    request: z.strictObject({ passphrase, separatePassphrase: z.boolean(), keep: z.number().int().min(1).max(100) }),
    response: autoBackupStatus,
  },
  'backup.autoDisable': { request: empty, response: autoBackupStatus },
  /** Called after each unlock: backs up if none was made today. */
  'backup.autoCheck': { request: empty, response: autoBackupStatus },
  'backup.autoNow': { request: empty, response: autoBackupStatus },
  'export.plain': {
    /** NOT encrypted, after the user confirms: all records as JSON, or one kind as CSV. */
    /** Asks for the passphrase again after 5 minutes unlocked, as printing does. */
    request: z.strictObject({ rows: sealedRows, format: z.enum(['json', 'csv']), kind: z.string().max(60).nullable(), passphrase: passphrase.optional() }),
    response: z.strictObject({ path: z.string(), total: z.number().int() }),
  },
  /** The OS print dialog for the summary page; asks for the passphrase again after 5 minutes unlocked. */
  'summary.print': {
    request: z.strictObject({ pageSize: pageSize, passphrase: passphrase.optional() }),
    response: z.strictObject({ printed: z.boolean() }),
  },
  /** Renders the summary page as PDF in main, asks where to save, writes atomically. */
  'summary.savePdf': {
    request: z.strictObject({ pageSize: pageSize, passphrase: passphrase.optional(), fileName: pdfFileName }),
    response: z.strictObject({ path: z.string(), bytes: z.number().int() }),
  },
} satisfies Record<Channel, ChannelSpec>;

export const eventContract = {
  'vault.locked': z.strictObject({ reason: z.enum(['user', 'idle', 'os']) }),
  /** A reminder was clicked (or its window asked for): open the place its kind belongs to; `at` lets the page find an appointment by its time. */
  'reminders.open': z.strictObject({ kind: reminderKind, time: timeOfDay, at: z.number().int().nonnegative() }),
  /** File → Export Backup… was chosen: open the export form in Settings. */
  'menu.exportBackup': z.strictObject({}),
  /** Another menu item was chosen: a shortcut-table id (go.journal, file.checkin, help.shortcuts…) or help.about. */
  'menu.command': z.strictObject({ id: z.enum(menuCommandIds) }),
} satisfies Record<EventName, z.ZodType>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type EventOf<E extends EventName> = z.output<(typeof eventContract)[E]>;
export type VaultState = z.output<typeof vaultState>;

/** What the page sees as `window.cairn`: one async function per channel, errors as values, plus event subscription. */
export type CairnApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  on: <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => () => void;
};
