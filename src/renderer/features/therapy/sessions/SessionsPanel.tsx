import { useMemo, useState } from 'react';
import { CalendarPlus } from 'lucide-react';
import { useRecords } from '../../../db/useRecords';
import { useRecordActions } from '../../../db/useRecordActions';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorLine } from '../fields';
import { usePaged } from '../Paged';
import { useProviderLabel } from '../providers/ProviderSelect';
import { SessionCard } from './SessionCard';
import { SessionDialog } from './SessionDialog';

/** Which panel is open over the list: a new session, or one session by id. */
type Open = { kind: 'new' } | { kind: 'session'; id: string } | null;

/** Sessions as a list that pages, newest first; each one opens in a panel to read or edit. */
export function SessionsPanel() {
  const sessions = useRecords('therapy.session');
  const providerLabel = useProviderLabel();
  const { remove, error } = useRecordActions();
  const [open, setOpen] = useState<Open>(null);
  const newestFirst = useMemo(() => [...sessions].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [sessions]);
  const { page, pager } = usePaged(newestFirst, 'Sessions', (s) => s.id);
  const attended = sessions.filter((s) => s.attended).length;
  const opened = open?.kind === 'session' ? sessions.find((s) => s.id === open.id) : undefined;
  const newSession = (
    <Button variant="primary" onPress={() => setOpen({ kind: 'new' })}>
      New session
    </Button>
  );

  return (
    <>
      <div className="th-list-head">
        <h3>Sessions</h3>
        {newestFirst.length > 0 ? (
          <p className="muted">
            {attended} attended of {sessions.length} logged.
          </p>
        ) : null}
        {/* Always in the same place, so focus has the same button to come back to when the first session is saved. */}
        {newSession}
      </div>
      <ErrorLine error={error} />
      {newestFirst.length === 0 ? (
        <EmptyState icon={<CalendarPlus size={28} />} title="No sessions yet.">
          Log one after each visit to keep its takeaways and homework in one place.
        </EmptyState>
      ) : (
        <>
          <ul className="th-record-list" aria-label="Sessions">
            {page.map((s) => (
              <li key={s.id}>
                <SessionCard
                  session={s}
                  provider={providerLabel(s.providerId)}
                  onOpen={() => setOpen({ kind: 'session', id: s.id })}
                  onDelete={() => void remove([s.id], 'Session deleted.')}
                />
              </li>
            ))}
          </ul>
          {pager}
        </>
      )}
      {open?.kind === 'new' ? <SessionDialog lastModality={newestFirst[0]?.modality} onClose={() => setOpen(null)} /> : null}
      {opened ? <SessionDialog key={opened.id} session={opened} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
