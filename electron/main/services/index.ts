import type { Services } from '../dispatch';

export interface ServiceOptions {
  /** Folder that holds the vault header and, later, backups. */
  dataDir: string;
  version: string;
}

/** Builds the real main-process services; Electron's ipcMain and the browser harness both call these. */
export function createServices(options: ServiceOptions): Services {
  return {
    'app.info': () => ({ name: 'Cairn', version: options.version, dataLocation: options.dataDir }),
    'vault.status': () => ({ state: 'none' as const }),
  };
}
