import { useState } from 'react';
import type { TherapyProvider } from '../../../../shared/domain/therapy';
import { useRecordActions } from '../../../db/useRecordActions';
import { Dialog } from '../../../ui/Dialog';
import { ProviderForm } from './ProviderForm';

/** One provider in a panel over the list; the same rules as a session's panel (a new one closes once saved). */
export function ProviderDialog({ provider, onClose }: { provider?: TherapyProvider; onClose: () => void }) {
  const { save, error, busy } = useRecordActions();
  const [saved, setSaved] = useState(false);
  const title = provider ? provider.name : 'Add a provider';

  const onSave = async (record: TherapyProvider) => {
    setSaved(false);
    if (!(await save([record]))) return false;
    if (provider) setSaved(true);
    else onClose();
    return true;
  };

  return (
    <Dialog title={title} onClose={onClose} size="wide">
      <ProviderForm editing={provider} title={provider ? `Edit ${provider.name}` : 'Add a provider'} busy={busy} error={error} onSave={onSave} onCancel={onClose} />
      <p role="status" className="th-saved muted">
        {saved ? 'Changes saved.' : ''}
      </p>
    </Dialog>
  );
}
