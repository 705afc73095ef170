import type { TherapyProvider } from '../../../../shared/domain/therapy';
import { RecordPanel } from '../RecordPanel';
import { ProviderForm } from './ProviderForm';

/** One provider in a panel over the list; the same rules as a session's panel (a new one closes once saved). */
export function ProviderDialog({ provider, onClose }: { provider?: TherapyProvider; onClose: () => void }) {
  const title = provider ? provider.name : 'Add a provider';
  return (
    <RecordPanel<TherapyProvider> title={title} isNew={!provider} onClose={onClose}>
      {({ onSave, busy, error }) => (
        <ProviderForm editing={provider} title={provider ? `Edit ${provider.name}` : 'Add a provider'} busy={busy} error={error} onSave={onSave} onCancel={onClose} />
      )}
    </RecordPanel>
  );
}
