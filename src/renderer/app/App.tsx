import { RestoreOnNewMachine } from '../features/backup/RestoreOnNewMachine';
import { VaultGate } from '../features/vault/VaultGate';
import { UnlockedApp } from './UnlockedApp';

export function App() {
  return (
    <VaultGate Restore={RestoreOnNewMachine}>
      <UnlockedApp />
    </VaultGate>
  );
}
