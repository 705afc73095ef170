import type { Modality, TherapySession } from '../../../../shared/domain/therapy';
import { formatDay } from '../format';
import { RecordPanel } from '../RecordPanel';
import { SessionForm } from './SessionForm';

interface Props {
  /** The session to read and edit; none to log a new one. */
  session?: TherapySession;
  lastModality?: Modality;
  onClose: () => void;
}

/** One session in a panel over the list (RecordPanel: a new one closes once saved, an open one says it was saved). */
export function SessionDialog({ session, lastModality, onClose }: Props) {
  const title = session ? `Session of ${formatDay(session.date)}` : 'Log a session';
  return (
    <RecordPanel<TherapySession> title={title} isNew={!session} onClose={onClose}>
      {({ onSave, busy, error }) => (
        <SessionForm
          editing={session}
          lastModality={lastModality}
          title={session ? 'Edit session' : 'Log a session'}
          busy={busy}
          error={error}
          onSave={onSave}
          onCancel={onClose}
        />
      )}
    </RecordPanel>
  );
}
