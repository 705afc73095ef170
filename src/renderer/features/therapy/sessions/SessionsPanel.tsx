import { useMemo } from 'react';
import { CalendarPlus } from 'lucide-react';
import { useRecords } from '../../../db/useRecords';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorLine } from '../fields';
import { usePaged } from '../Paged';
import { useProviderLabel } from '../providers/ProviderSelect';
import { ListHeading, usePanelList } from '../RecordPanel';
import { SessionCard } from './SessionCard';
import { SessionDialog } from './SessionDialog';
import styles from '../therapy.module.css';

/** Sessions as a list that pages, newest first; each one opens in a panel to read or edit. */
export function SessionsPanel() {
  const sessions = useRecords('therapy.session');
  const providerLabel = useProviderLabel();
  const panel = usePanelList(sessions);
  const newestFirst = useMemo(() => [...sessions].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [sessions]);
  const { page, pager } = usePaged(newestFirst, 'Sessions', (s) => s.id);
  const attended = sessions.filter((s) => s.attended).length;
  const newSession = (
    <Button variant="primary" onPress={panel.openNew}>
      New session
    </Button>
  );

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Sessions</ListHeading>
        {newestFirst.length > 0 ? (
          <p className="muted">
            {attended} attended of {sessions.length} logged.
          </p>
        ) : null}
        {/* Always in the same place, so focus has the same button to come back to when the first session is saved. */}
        {newSession}
      </div>
      <ErrorLine error={panel.error} />
      {newestFirst.length === 0 ? (
        <EmptyState icon={<CalendarPlus size={28} />} title="No sessions yet.">
          Log one after each visit to keep its takeaways and homework in one place.
        </EmptyState>
      ) : (
        <>
          <ul className={styles.recordList} aria-label="Sessions">
            {page.map((s) => (
              <li key={s.id}>
                <SessionCard
                  session={s}
                  provider={providerLabel(s.providerId)}
                  onOpen={() => panel.openRecord(s.id)}
                  onDelete={() => panel.remove(s.id, 'Session deleted.')}
                />
              </li>
            ))}
          </ul>
          {pager}
        </>
      )}
      {panel.isNew ? <SessionDialog lastModality={newestFirst[0]?.modality} onClose={panel.close} /> : null}
      {panel.opened ? <SessionDialog key={panel.opened.id} session={panel.opened} onClose={panel.close} /> : null}
    </>
  );
}
