import type { Services } from '../dispatch';
import { ServiceError } from '../dispatch';
import { writeFileAtomic } from '../fs/atomic-write';
import { VaultService, type LockReason } from '../vault/vault-service';
import type { Dialogs } from './dialogs';

export interface ServiceOptions {
  /** Folder that holds the vault header and, later, backups. */
  dataDir: string;
  version: string;
  dialogs: Dialogs;
  /** Tells the page the vault locked (OS lock screen, idle, menu). */
  onLocked: (reason: LockReason) => void;
}

export interface MainServices {
  services: Services;
  vault: VaultService;
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
  const vault = await VaultService.load({ dataDir: options.dataDir, onLocked: options.onLocked });
  const services: Services = {
    'app.info': () => ({ name: 'Cairn', version: options.version, dataLocation: options.dataDir }),
    'vault.status': () => vault.status(),
    'vault.create': ({ passphrase }) => vault.create(passphrase),
    'vault.unlock': async ({ passphrase }) => (await vault.unlock(passphrase), {}),
    'vault.unlockWithRecoveryKey': async ({ recoveryKey }) => (await vault.unlockWithRecoveryKey(recoveryKey), {}),
    'vault.setNewPassphrase': async ({ passphrase }) => (await vault.setNewPassphrase(passphrase), {}),
    'vault.changePassphrase': async ({ current, next }) => (await vault.changePassphrase(current, next), {}),
    'vault.lock': ({ reason }) => (vault.lock(reason), {}),
    'vault.seal': ({ segments }) => ({ rows: vault.seal(segments) }),
    'vault.open': ({ rows }) => vault.open(rows),
    'vault.saveRecoveryKey': async ({ recoveryKey }) => {
      const canonical = VaultService.normaliseRecoveryKey(recoveryKey);
      if (!canonical) throw new ServiceError('invalid_request', 'That is not a Cairn recovery key.');
      const path = await options.dialogs.chooseSavePath({
        title: 'Save your recovery key',
        defaultName: 'Cairn recovery key.txt',
      });
      if (!path) throw new ServiceError('cancelled', 'The recovery key was not saved.');
      await writeFileAtomic(path, recoveryKeyFile(canonical));
      return { path };
    },
  };
  return { services, vault };
}
