import { useMemo } from 'react';
import { Dumbbell } from 'lucide-react';
import type { TherapyPractice } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { CardActions, ErrorLine } from '../fields';
import { formatDay } from '../format';
import { usePaged } from '../Paged';
import { ListHeading, RecordPanel, usePanelList } from '../RecordPanel';
import { PracticeForm } from './PracticeForm';
import styles from '../therapy.module.css';

function PracticeDialog({ practice, onClose }: { practice?: TherapyPractice; onClose: () => void }) {
  const title = practice ? `${practice.what}, ${formatDay(practice.date)}` : 'Log a practice';
  return (
    <RecordPanel<TherapyPractice> title={title} isNew={!practice} onClose={onClose}>
      {({ onSave, busy, error }) => <PracticeForm editing={practice} busy={busy} error={error} onSave={onSave} onCancel={onClose} />}
    </RecordPanel>
  );
}

/** Skills practised between sessions, as a list that pages, newest first; each opens in a panel. */
export function PracticeLog() {
  const practices = useRecords('therapy.practice');
  const panel = usePanelList(practices);
  const newestFirst = useMemo(() => [...practices].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [practices]);
  const { page, pager } = usePaged(newestFirst, 'Practice log', (p) => p.id);

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Practice log</ListHeading>
        <Button variant="primary" onPress={panel.openNew}>
          Log a practice
        </Button>
      </div>
      <ErrorLine error={panel.error} />
      {newestFirst.length === 0 ? (
        <EmptyState icon={<Dumbbell size={28} />} title="Nothing logged yet.">
          Any skill you practise between sessions can go here.
        </EmptyState>
      ) : (
        <>
          <ul className={styles.recordList} aria-label="Practice log">
            {page.map((p) => {
              const label = `${p.what}, ${formatDay(p.date)}`;
              return (
                <li key={p.id}>
                  <article className={styles.recordCard} aria-label={label} data-record-id={p.id}>
                    <header>
                      <h4 className={styles.plainText}>{p.what}</h4>
                      <span className="muted">
                        {formatDay(p.date)} · {p.minutes} min
                      </span>
                    </header>
                    {p.howItWent ? <p className={styles.plainText}>{p.howItWent}</p> : null}
                    <CardActions label={label} onEdit={() => panel.openRecord(p.id)} editText="Open" onDelete={() => panel.remove(p.id, 'Practice deleted.')} />
                  </article>
                </li>
              );
            })}
          </ul>
          {pager}
        </>
      )}
      {panel.isNew ? <PracticeDialog onClose={panel.close} /> : null}
      {panel.opened ? <PracticeDialog key={panel.opened.id} practice={panel.opened} onClose={panel.close} /> : null}
    </>
  );
}
