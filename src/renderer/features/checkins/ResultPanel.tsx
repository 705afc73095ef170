import { useEffect, useRef } from 'react';
import { safetyAnswer, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { bandMeaning } from '../../../shared/clinical/scoring';
import { formatDay } from '../../../shared/clinical/summary';
import type { AssessmentEntry } from './useHistory';
import { Button } from '../../ui/Button';
import styles from './checkins.module.css';

const labelOf = (options: readonly { value: number; label: string }[], value: number | null | undefined) =>
  value === null || value === undefined ? 'not answered' : (options.find((o) => o.value === value)?.label ?? String(value));

/** What a just-saved questionnaire came to: the total and band, or plainly "incomplete". */
export function ResultPanel({
  q,
  entry,
  onOpenSafety,
  onBack,
}: {
  q: Questionnaire;
  entry: AssessmentEntry;
  onOpenSafety: () => void;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { taken: record, score } = entry;
  const item9 = safetyAnswer(q, record.answers);

  return (
    <section className={styles.result} aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>
        {q.name} saved for {formatDay(record.date)}
      </h2>
      {score.complete ? (
        <>
          <p className={styles.resultScore}>
            <span className={styles.resultTotal} data-score-total>{score.total}</span>
            <span className="muted"> out of {q.maxTotal}</span>
            <span className={styles.resultBand}>{score.band.label}</span>
          </p>
          <p>{bandMeaning(q, score.band)}</p>
        </>
      ) : (
        <p className={styles.resultIncomplete}>
          Incomplete: {score.unanswered.length === 1 ? 'item' : 'items'} {score.unanswered.join(', ')}{' '}
          {score.unanswered.length === 1 ? 'was' : 'were'} not answered, so this {q.name} has no total.
        </p>
      )}
      {entry.retake && (
        <p className={styles.retakeNote}>
          Taken within 14 days of your previous {q.name}. Both ask about the last 2 weeks, so they overlap.
        </p>
      )}
      <dl className={styles.facts}>
        {q.safetyItem !== undefined && (
          <>
            <dt>
              Item {q.safetyItem + 1} ({q.items[q.safetyItem]})
            </dt>
            <dd>
              {labelOf(q.answers, item9)}
              {item9 !== null && item9 > 0 && (
                <>
                  {' '}
                  <Button className="link" onPress={onOpenSafety}>
                    Open my safety plan
                  </Button>
                </>
              )}
            </dd>
          </>
        )}
        {q.difficulty && (
          <>
            <dt>{q.difficulty.question} (recorded, not scored)</dt>
            <dd>{labelOf(q.difficulty.answers, record.difficulty)}</dd>
          </>
        )}
      </dl>
      <div className="actions">
        <Button variant="primary" onPress={onBack}>
          Back to check-ins
        </Button>
      </div>
    </section>
  );
}
