import { useEffect } from 'react';
import { api } from '../../app/api';

/** File → Export Backup… opens the export form on Settings → Backups. */
export function useExportBackupMenu(navigate: (to: string) => unknown): void {
  useEffect(() => api.on('menu.exportBackup', () => void navigate('/settings/backups?export=1')), [navigate]);
}
