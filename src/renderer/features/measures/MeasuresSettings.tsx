import { Gauge } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { activeMeasures, measureAnchors, type JournalMeasure } from '../../../shared/domain/own-measure';
import { useRecords } from '../../db/useRecords';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FormMessage } from '../../ui/FormMessage';
import { UndoToast, type UndoOffer } from '../../ui/UndoToast';
import { useVault } from '../../db/vault-context';
import { MeasureForm } from './MeasureForm';
import styles from './measures.module.css';
import { stampNow } from '../../db/record-stamp';

/** "0–10, none to constant", "yes or no", "number, in minutes". */
/** The measure as it was before it was removed: in the check-in again. */
function unarchived(m: JournalMeasure): JournalMeasure {
  const back = { ...m };
  delete back.archivedAt;
  return back;
}

function kindText(m: JournalMeasure): string {
  if (m.type === 'rating') {
    const [low, high] = measureAnchors(m);
    return `0–10, ${low} to ${high}`;
  }
  if (m.type === 'yesno') return 'yes or no';
  return m.unit ? `number, in ${m.unit}` : 'number';
}

/**
 * Settings → Measures: the person's own check-in measures. Removing one
 * archives it: it leaves the check-in, and every past value stays (shown as
 * "removed" on old check-ins, in charts, exports and backups).
 */
export function MeasuresSettings() {
  const { repository } = useVault();
  const all = useRecords('journal.measure');
  const active = useMemo(() => activeMeasures(all), [all]);
  const archived = useMemo(() => all.filter((m) => m.archivedAt).sort((a, b) => a.name.localeCompare(b.name)), [all]);
  const [editing, setEditing] = useState<JournalMeasure | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const closeOffer = useCallback(() => setOffer(null), []);

  const save = (m: JournalMeasure) => repository.save([{ ...m, updatedAt: stampNow() }]).catch((e: Error) => setError(e.message));

  const archive = async (m: JournalMeasure) => {
    setError('');
    const back = unarchived(m);
    await save({ ...m, archivedAt: stampNow() });
    if (editing?.id === m.id) setEditing(undefined);
    setOffer({ message: `“${m.name}” removed from the check-in; its past values stay.`, undo: () => void save(back) });
  };
  const restore = (m: JournalMeasure) => {
    void save(unarchived(m)).then(() => setNotice(`“${m.name}” is back in the check-in.`));
  };

  return (
    <section aria-labelledby="measures-title" className={styles.settings} data-settings="measures">
      <h2 id="measures-title">Measures</h2>
      <p className="muted">
        Your own measures, asked in the daily check-in beside mood and sleep: a 0–10 rating in your own words, yes or no, or a
        number with its unit. They show in Insights, the journal search, exports and backups.
      </p>
      <p role="status" className="notice">
        {notice}
      </p>
      {active.length === 0 ? (
        <EmptyState icon={<Gauge size={28} />} title="No measures of your own yet.">
          Add one below, for example “brain zaps” (0–10), “exercised” (yes or no) or “minutes outside” (a number).
        </EmptyState>
      ) : (
        <ul className={styles.list} aria-label="Your measures">
          {active.map((m) => (
            <li key={m.id}>
              <span className={styles.name}>{m.name}</span>
              <span className="muted">
                {kindText(m)}
                {m.inSummary ? ' · in the summary' : ''}
              </span>
              <span className={styles.rowActions}>
                <Button variant="quiet" onPress={() => setEditing(m)} aria-label={`Change ${m.name}`}>
                  Change
                </Button>
                <Button variant="quiet" onPress={() => void archive(m)} aria-label={`Remove ${m.name}`}>
                  Remove
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <FormMessage>{error}</FormMessage>
      <MeasureForm
        key={editing?.id ?? 'new'}
        editing={editing}
        all={all}
        onDone={(saved) => {
          setEditing(undefined);
          if (saved) setNotice(editing ? `“${saved.name}” saved.` : `“${saved.name}” added to the check-in.`);
        }}
      />
      {archived.length > 0 && (
        <section aria-labelledby="measures-archived-title">
          <h3 id="measures-archived-title">Removed measures</h3>
          <p className="muted">Not asked any more. Their past values are kept and still show on old check-ins and in charts.</p>
          <ul className={styles.list} aria-label="Removed measures">
            {archived.map((m) => (
              <li key={m.id}>
                <span className={styles.name}>{m.name}</span>
                <span className="muted">{kindText(m)}</span>
                <span className={styles.rowActions}>
                  <Button variant="quiet" onPress={() => restore(m)} aria-label={`Bring back ${m.name}`}>
                    Bring back
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <UndoToast offer={offer} onClose={closeOffer} />
    </section>
  );
}
