import { VaultGate } from '../features/vault/VaultGate';
import { UnlockedApp } from './UnlockedApp';

export function App() {
  return (
    <VaultGate>
      <UnlockedApp />
    </VaultGate>
  );
}
