import { z } from 'zod';
import { requiredNumber } from '../../../shared/codec/number';

export const ENTER_PASSPHRASE = 'Enter your Cairn passphrase.';
export const CHOOSE_BACKUP_PASSPHRASE = 'Choose the new passphrase: strong enough, and typed the same twice.';

/**
 * Which passphrase protects a backup: the vault's own (main checks it against
 * the vault), or a new, separate one that NewPassphraseFields accepts (fresh
 * is null until it is strong enough and typed the same twice).
 */
export const backupPassphrase = z
  .object({ separate: z.boolean(), passphrase: z.string(), fresh: z.string().nullable() })
  .superRefine((v, ctx) => {
    if (!v.separate && v.passphrase === '') ctx.addIssue({ code: 'custom', message: ENTER_PASSPHRASE, path: ['passphrase'] });
    if (v.separate && !v.fresh) ctx.addIssue({ code: 'custom', message: CHOOSE_BACKUP_PASSPHRASE, path: ['fresh'] });
  })
  .transform((v) => ({ passphrase: v.separate ? v.fresh! : v.passphrase, separatePassphrase: v.separate }));
export type BackupPassphraseValues = z.input<typeof backupPassphrase>;
export const NO_PASSPHRASE_YET: BackupPassphraseValues = { separate: false, passphrase: '', fresh: null };

/** Asked only after main answers "forbidden" (the vault open more than 5 minutes): null until then. */
export const reenter = z.string().min(1, ENTER_PASSPHRASE).nullable();

export const exportForm = z.object({ backup: backupPassphrase, reenter });
export type ExportFormValues = z.input<typeof exportForm>;

export const KEEP_MESSAGE = 'Keep between 1 and 100 backups, as a whole number.';
export const autoBackupForm = z.object({
  backup: backupPassphrase,
  keep: z.string().transform(requiredNumber).pipe(z.number({ message: KEEP_MESSAGE }).int(KEEP_MESSAGE).min(1, KEEP_MESSAGE).max(100, KEEP_MESSAGE)),
});
export type AutoBackupFormValues = z.input<typeof autoBackupForm>;

export const openBackupForm = z.object({ passphrase: z.string().min(1, 'Enter the passphrase this backup was made with.') });
export type OpenBackupFormValues = z.input<typeof openBackupForm>;

/** Replace asks for the passphrase (for the safety copy) once it is confirming: null until then. */
export const restoreForm = z.object({ mode: z.enum(['merge', 'replace']), passphrase: reenter });
export type RestoreFormValues = z.input<typeof restoreForm>;

export const plainExportForm = z.object({
  understood: z.boolean().refine((v) => v, 'Tick this first: the exported file is not encrypted.'),
  kind: z.string(),
  passphrase: reenter,
});
export type PlainExportFormValues = z.input<typeof plainExportForm>;
