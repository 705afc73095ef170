import { segmentOf, type AnyRecord } from '../src/shared/domain';
import { encodeSegment } from '../src/shared/domain/segments';
import { BackupService } from '../electron/main/backup/backup-service';
import type { KeyRing } from '../electron/main/vault/keyring';
import { rowHash } from '../electron/main/vault/manifest';
import { VaultService, type SealedRow } from '../electron/main/vault/vault-service';

/** Groups records into the repository's segments (src/renderer/db/repository.ts) and encodes each. */
export function segmentsOf(records: readonly AnyRecord[]): { name: string; data: string }[] {
  const byName = new Map<string, AnyRecord[]>();
  for (const record of records) {
    const name = segmentOf(record);
    const list = byName.get(name);
    if (list) list.push(record);
    else byName.set(name, [record]);
  }
  return [...byName].map(([name, list]) => ({ name, data: encodeSegment(list) }));
}

/**
 * Creates a real vault (vault.json with Argon2id keyslots) in `dataDir` and
 * seals the records through the main-process seal path. Returns the rows the
 * renderer stores in Dexie ({id, env}) and the still-unlocked service.
 */
export async function writeVault(dataDir: string, records: readonly AnyRecord[], passphrase: string): Promise<{ vault: VaultService; rows: SealedRow[] }> {
  const vault = await VaultService.load({ dataDir });
  await vault.create(passphrase);
  const rows = vault.seal(segmentsOf(records));
  // And the manifest listing them, as the page stores it (electron/main/vault/manifest.ts).
  const { manifest, generation } = vault.stageManifest(rows.map((row) => ({ id: row.id, hash: rowHash(row.env) })), [], false);
  await vault.commitManifest(generation);
  return { vault, rows: [...rows, manifest] };
}

/** A BackupService whose "open file" dialog answers with `openPath`. */
export function backupService(vault: VaultService, openPath: string | null = null): BackupService {
  const refuse = async () => null;
  return new BackupService({
    vault,
    app: 'Cairn bench',
    dialogs: { chooseSavePath: refuse, chooseOpenPath: async () => openPath, chooseFolder: refuse },
  });
}

/** Writes an encrypted backup file of the records, as Settings > Backup does. */
export function writeBackup(vault: VaultService, path: string, records: readonly AnyRecord[], passphrase: string, now = new Date()): Promise<void> {
  return backupService(vault).write(path, records, passphrase, now);
}

/** The envelope key, for the floor measurement only: the benchmark opens envelopes with raw libsodium. */
export function envelopeKeyOf(vault: VaultService): Uint8Array {
  const keys = (vault as unknown as { keys: KeyRing | null }).keys;
  if (!keys) throw new Error('The vault is locked.');
  return keys.envKey;
}
