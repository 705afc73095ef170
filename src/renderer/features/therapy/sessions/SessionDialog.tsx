import { useState } from 'react';
import type { Modality, TherapySession } from '../../../../shared/domain/therapy';
import { useRecordActions } from '../../../db/useRecordActions';
import { Dialog } from '../../../ui/Dialog';
import { formatDay } from '../format';
import { SessionForm } from './SessionForm';

interface Props {
  /** The session to read and edit; none to log a new one. */
  session?: TherapySession;
  lastModality?: Modality;
  onClose: () => void;
}

/**
 * One session in a panel over the list: Escape or Close puts focus back on the
 * list item that opened it (the kit's Dialog). A new session closes the panel
 * once saved, so it is seen in the list; an open one stays open after "Save
 * changes" (with a word that it was saved), for reading on.
 */
export function SessionDialog({ session, lastModality, onClose }: Props) {
  const { save, error, busy } = useRecordActions();
  const [saved, setSaved] = useState(false);
  const title = session ? `Session of ${formatDay(session.date)}` : 'Log a session';

  const onSave = async (record: TherapySession) => {
    setSaved(false);
    if (!(await save([record]))) return false;
    if (session) setSaved(true);
    else onClose();
    return true;
  };

  return (
    <Dialog title={title} onClose={onClose} size="wide">
      <SessionForm
        editing={session}
        lastModality={lastModality}
        title={session ? 'Edit session' : 'Log a session'}
        busy={busy}
        error={error}
        onSave={onSave}
        onCancel={onClose}
      />
      <p role="status" className="th-saved muted">
        {saved ? 'Changes saved.' : ''}
      </p>
    </Dialog>
  );
}
