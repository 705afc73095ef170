import { useMemo } from 'react';
import { UserPlus } from 'lucide-react';
import { PROVIDER_ROLE_LABELS } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { CardActions, ErrorLine } from '../fields';
import { usePaged } from '../Paged';
import { ListHeading, usePanelList } from '../RecordPanel';
import { ProviderDialog } from './ProviderDialog';
import styles from '../therapy.module.css';

/** Providers as a list that pages, by name; each opens in a panel to read or edit. */
export function ProvidersPanel() {
  const providers = useRecords('therapy.provider');
  const panel = usePanelList(providers);
  const sorted = useMemo(() => [...providers].sort((a, b) => a.name.localeCompare(b.name)), [providers]);
  const { page, pager } = usePaged(sorted, 'Providers');
  // Always in the same place, so focus has the same button to come back to when the first one is added.
  const add = (
    <Button variant="primary" onPress={panel.openNew}>
      New provider
    </Button>
  );

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Your providers</ListHeading>
        {add}
      </div>
      <ErrorLine error={panel.error} />
      {sorted.length === 0 ? (
        <EmptyState icon={<UserPlus size={28} />} title="No providers yet.">
          Add the people you see, then choose them when you log a session or an appointment.
        </EmptyState>
      ) : (
        <ul className={styles.recordList} aria-label="Providers">
          {page.map((p) => (
            <li key={p.id}>
              <article className={styles.recordCard} aria-label={p.name} data-record-id={p.id}>
                <header>
                  <h4>{p.name}</h4>
                  <span className="muted">{PROVIDER_ROLE_LABELS[p.role]}</span>
                </header>
                {p.contactNotes ? <p className={styles.plainText}>{p.contactNotes}</p> : null}
                <CardActions label={p.name} onEdit={() => panel.openRecord(p.id)} editText="Open" onDelete={() => panel.remove(p.id, `${p.name} deleted.`)} />
              </article>
            </li>
          ))}
        </ul>
      )}
      {pager}
      {panel.isNew ? <ProviderDialog onClose={panel.close} /> : null}
      {panel.opened ? <ProviderDialog key={panel.opened.id} provider={panel.opened} onClose={panel.close} /> : null}
    </>
  );
}
