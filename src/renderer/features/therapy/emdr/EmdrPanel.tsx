import { Fragment, useMemo, useState } from 'react';
import { EMDR_RESOURCE_LABELS, type TherapyEmdrLog } from '../../../../shared/domain/therapy';
import { useRecords } from '../../../db/useRecords';
import { CardActions, ErrorLine } from '../fields';
import { formatDay } from '../format';
import { usePaged } from '../Paged';
import { useRecordActions } from '../../../db/useRecordActions';
import { CopingOffer } from './CopingOffer';
import { ResourceForm } from './ResourceForm';
import { TargetPanel } from './TargetPanel';
import { COPING_SUD, TicesForm } from './TicesForm';
import styles from '../therapy.module.css';

const newestFirst = <T extends { date: string; createdAt: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));

function TicesCard({ log, onDelete }: { log: TherapyEmdrLog; onDelete: () => void }) {
  const label = `TICES of ${formatDay(log.date)}: ${log.trigger}`;
  const parts: [string, string][] = [
    ['Image', log.image],
    ['Cognition', log.cognition],
    ['Emotion', log.emotion],
    ['Sensation', log.sensation],
  ];
  return (
    <article className={styles.recordCard} aria-label={label}>
      <header>
        <h4 className={styles.plainText}>{log.trigger}</h4>
        <span className="muted">
          {formatDay(log.date)} · SUD {log.sud}/10
        </span>
      </header>
      <dl className={styles.diarySummary}>
        {parts
          .filter(([, v]) => v.trim())
          .map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd className={styles.plainText}>{v}</dd>
            </Fragment>
          ))}
      </dl>
      <CardActions label={label} onDelete={onDelete} />
    </article>
  );
}

/** EMDR between sessions: the target as set in session, the TICES log and resource practice. No bilateral stimulation here. */
export function EmdrPanel() {
  const logs = useRecords('therapy.emdrLog');
  const resources = useRecords('therapy.emdrResource');
  const { remove, error } = useRecordActions();
  const [copingFor, setCopingFor] = useState<number | null>(null);
  const sortedLogs = useMemo(() => newestFirst(logs), [logs]);
  const sortedResources = useMemo(() => newestFirst(resources), [resources]);
  const logPage = usePaged(sortedLogs, 'TICES log');
  const resourcePage = usePaged(sortedResources, 'Resource practice');

  return (
    <>
      <p className="muted">
        For between sessions. Processing happens with your therapist, so Cairn has no eye movements or tapping.
      </p>
      <TargetPanel />
      <TicesForm onSaved={(log) => setCopingFor(log.sud >= COPING_SUD ? log.sud : null)} />
      {copingFor !== null ? <CopingOffer sud={copingFor} onClose={() => setCopingFor(null)} /> : null}
      <ErrorLine error={error} />
      <h3>TICES log</h3>
      {sortedLogs.length === 0 ? (
        <p className="muted">Nothing logged yet. When something stirs up old material, note it here in a few words.</p>
      ) : (
        <ul className={styles.recordList} aria-label="TICES log">
          {logPage.page.map((l) => (
            <li key={l.id}>
              <TicesCard log={l} onDelete={() => void remove([l.id], 'TICES entry deleted.')} />
            </li>
          ))}
        </ul>
      )}
      {logPage.pager}
      <ResourceForm />
      <h3>Resource practice</h3>
      {sortedResources.length === 0 ? (
        <p className="muted">No practice logged yet. Note your SUD before and after using your calm place or container.</p>
      ) : (
        <ul className={styles.recordList} aria-label="Resource practice">
          {resourcePage.page.map((r) => {
            const label = `${EMDR_RESOURCE_LABELS[r.resource]}, ${formatDay(r.date)}`;
            return (
              <li key={r.id}>
                <article className={styles.recordCard} aria-label={label}>
                  <header>
                    <h4>{EMDR_RESOURCE_LABELS[r.resource]}</h4>
                    <span className="muted">{formatDay(r.date)}</span>
                  </header>
                  <p>
                    SUD {r.sudBefore} → {r.sudAfter}
                  </p>
                  {r.note ? <p className={styles.plainText}>{r.note}</p> : null}
                  <CardActions label={label} onDelete={() => void remove([r.id], 'Practice deleted.')} />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      {resourcePage.pager}
    </>
  );
}
