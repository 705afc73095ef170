import { useMemo } from 'react';
import { PROVIDER_ROLE_LABELS } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { SelectField } from '../fields';

/** Name and role of a provider by id, for lists; a deleted provider is said to be so. */
export function useProviderLabel() {
  const providers = useRecords('therapy.provider');
  const byId = useMemo(() => new Map(providers.map((p) => [p.id, p])), [providers]);
  return (id: string | undefined): string => {
    if (!id) return '';
    const p = byId.get(id);
    return p ? `${p.name} (${PROVIDER_ROLE_LABELS[p.role]})` : 'a provider since removed';
  };
}

export function ProviderSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const providers = useRecords('therapy.provider');
  const sorted = useMemo(() => [...providers].sort((a, b) => a.name.localeCompare(b.name)), [providers]);
  return (
    <SelectField
      label="Provider"
      value={value}
      onChange={onChange}
      hint={providers.length === 0 ? 'No providers yet: add them under the Providers tab.' : undefined}
      choices={[
        { value: '', label: 'Not recorded' },
        ...sorted.map((p) => ({ value: p.id, label: `${p.name} (${PROVIDER_ROLE_LABELS[p.role]})` })),
        ...(value && !providers.some((p) => p.id === value) ? [{ value, label: 'A provider since removed' }] : []),
      ]}
    />
  );
}
