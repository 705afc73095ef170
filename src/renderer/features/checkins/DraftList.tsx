import { Link } from 'react-router';
import { safetyAnswer } from '../../../shared/clinical/questionnaires';
import { formatDay } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { DiscardDraft } from './DiscardDraft';
import { useAllDrafts } from './useHistory';
import styles from './checkins.module.css';

/** Unfinished questionnaires: visibly drafts, each with Resume and Discard. Nothing when there are none. */
export function DraftList({ onDiscard }: { onDiscard: (record: AssessmentRecord) => void }) {
  const drafts = useAllDrafts();
  if (drafts.length === 0) return null;
  return (
    <section className={styles.drafts} aria-labelledby="drafts-title">
      <h2 id="drafts-title">Unfinished</h2>
      <ul>
        {drafts.map(({ q, r }) => {
          const answered = r.answers.filter((a) => a !== null).length;
          // The safety item is never hidden, not even in a draft.
          const item9 = safetyAnswer(q, r.answers);
          const item9Label = item9 !== null ? q.answers.find((a) => a.value === item9)?.label : null;
          return (
            <li key={r.id} className={styles.draftRow}>
              <p>
                <strong>{q.name}</strong> for {formatDay(r.date)} — a draft, {answered} of {q.items.length} answered. It
                has no total until you finish it.
                {item9Label ? ` Item 9: “${item9Label}”.` : ''}
              </p>
              <div className="actions">
                <Link className={styles.linkButton} to={`?take=${q.id}&resume=${encodeURIComponent(r.id)}`}>
                  Resume {q.name}
                </Link>
                <DiscardDraft q={q} record={r} onDiscard={onDiscard} label={`Discard ${q.name} draft`} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
