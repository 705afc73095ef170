import { useMemo } from 'react';
import { NotebookPen } from 'lucide-react';
import { THINKING_TRAP_LABELS, type TherapyThoughtRecord } from '../../../../shared/domain/therapy';
import { moodChanges, thoughtRecordColumns } from '../../../../shared/therapy/thought-record';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine, Labelled } from '../fields';
import { formatDay, formatSigned } from '../format';
import { usePaged } from '../Paged';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ListHeading, RecordPanel, usePanelList } from '../RecordPanel';
import { ThoughtRecordForm } from './ThoughtRecordForm';
import styles from '../therapy.module.css';

const percent = (n: number | undefined) => (n === undefined ? '' : ` (${n} %)`);

function ThoughtRecordCard({ r, onEdit, onDelete }: { r: TherapyThoughtRecord; onEdit: () => void; onDelete: () => void }) {
  const columns = thoughtRecordColumns(r);
  const moods = moodChanges(columns);
  const title = columns.moods.map((m) => m.name).join(', ');
  const label = `Thought record of ${formatDay(r.date)}: ${title}`;
  return (
    <article className={styles.recordCard} aria-label={label} data-record-id={r.id}>
      <header>
        <h4 className={styles.plainText}>{title}</h4>
        <span className="muted">{formatDay(r.date)}</span>
      </header>
      <ul className={styles.moodChanges} aria-label="Moods">
        {moods.map((m, i) => (
          <li key={i} className={styles.plainText}>
            {m.name} {m.before} %{m.change === null ? ', not re-rated yet' : ` → ${m.after} % (change ${formatSigned(m.change)})`}
          </li>
        ))}
      </ul>
      <Labelled term="Situation" text={r.situation} />
      <div className={styles.labelled}>
        <strong>Automatic thoughts</strong>
        <ul className={styles.thoughts}>
          {columns.thoughts.map((t, i) => (
            <li key={i} className={styles.plainText}>
              {t.hot ? <span className={styles.hot}>Hot thought: </span> : null}
              {t.text}
              {percent(t.belief)}
            </li>
          ))}
        </ul>
      </div>
      {r.traps?.length ? <Labelled term="Thinking traps you picked" text={r.traps.map((t) => THINKING_TRAP_LABELS[t]).join(', ')} /> : null}
      {r.evidenceFor ? <Labelled term="Evidence for" text={r.evidenceFor} /> : null}
      {r.evidenceAgainst ? <Labelled term="Evidence against" text={r.evidenceAgainst} /> : null}
      {r.balancedThought ? <Labelled term="Balanced thought" text={`${r.balancedThought}${percent(r.balancedBelief)}`} /> : null}
      <CardActions label={label} onEdit={onEdit} editText="Open" onDelete={onDelete} />
    </article>
  );
}

/** One thought record in a panel over the list (RecordPanel: a new one closes once saved). */
function ThoughtRecordDialog({ record, onClose }: { record?: TherapyThoughtRecord; onClose: () => void }) {
  const title = record ? `Thought record of ${formatDay(record.date)}` : 'New thought record';
  return (
    <RecordPanel<TherapyThoughtRecord> title={title} isNew={!record} onClose={onClose}>
      {({ onSave, busy, error }) => <ThoughtRecordForm editing={record} busy={busy} error={error} onSave={onSave} onCancel={onClose} />}
    </RecordPanel>
  );
}

/** Thought records as a list that pages, newest first; each opens in a panel with all seven columns. */
export function ThoughtRecords() {
  const records = useRecords('therapy.thoughtRecord');
  const panel = usePanelList(records);
  const newestFirst = useMemo(() => [...records].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [records]);
  const { page, pager } = usePaged(newestFirst, 'Thought records', (r) => r.id);

  return (
    <>
      <div className={styles.listHead}>
        <ListHeading id={panel.headingId}>Thought records</ListHeading>
        {/* Always in the same place, so focus has the same button to come back to when the first record is saved. */}
        <Button variant="primary" onPress={panel.openNew}>
          New thought record
        </Button>
      </div>
      <ErrorLine error={panel.error} />
      {newestFirst.length === 0 ? (
        <EmptyState icon={<NotebookPen size={28} />} title="No thought records yet.">
          Fill one in when a strong feeling shows up; the balanced thought can wait until later.
        </EmptyState>
      ) : (
        <>
          <ul className={styles.recordList} aria-label="Thought records">
            {page.map((r) => (
              <li key={r.id}>
                <ThoughtRecordCard r={r} onEdit={() => panel.openRecord(r.id)} onDelete={() => panel.remove(r.id, 'Thought record deleted.')} />
              </li>
            ))}
          </ul>
          {pager}
        </>
      )}
      {panel.isNew ? <ThoughtRecordDialog onClose={panel.close} /> : null}
      {panel.opened ? <ThoughtRecordDialog key={panel.opened.id} record={panel.opened} onClose={panel.close} /> : null}
    </>
  );
}
