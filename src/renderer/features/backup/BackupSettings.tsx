import { AutoBackupSettings } from './AutoBackupSettings';
import { ExportBackup } from './ExportBackup';
import { PlainExport } from './PlainExport';
import { RestoreBackup } from './RestoreBackup';
import styles from './backup.module.css';

export function BackupSettings() {
  return (
    <section aria-labelledby="backups-title" className={styles.backups} data-settings="backups">
      <h2 id="backups-title">Backups</h2>
      <ExportBackup />
      <AutoBackupSettings />
      <RestoreBackup />
      <PlainExport />
    </section>
  );
}
