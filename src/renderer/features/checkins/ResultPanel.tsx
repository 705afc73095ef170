import { useEffect, useRef } from 'react';
import { PHQ9, PHQ9_SAFETY_ITEM, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { bandMeaning } from '../../../shared/clinical/scoring';
import { formatDay } from '../../../shared/clinical/summary';
import type { AssessmentEntry } from './useHistory';

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
  const item9 = record.kind === 'assessment.phq9' ? record.answers[PHQ9_SAFETY_ITEM] : undefined;

  return (
    <section className="result" aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>
        {q.name} saved for {formatDay(record.date)}
      </h2>
      {score.complete ? (
        <>
          <p className="result-score">
            <span className="result-total">{score.total}</span>
            <span className="muted"> out of {q.maxTotal}</span>
            <span className="result-band">{score.band.label}</span>
          </p>
          <p>{bandMeaning(q, score.band)}</p>
        </>
      ) : (
        <p className="result-incomplete">
          Incomplete: {score.unanswered.length === 1 ? 'item' : 'items'} {score.unanswered.join(', ')}{' '}
          {score.unanswered.length === 1 ? 'was' : 'were'} not answered, so this {q.name} has no total.
        </p>
      )}
      {entry.retake && (
        <p className="retake-note">
          Taken within 14 days of your previous {q.name}. Both ask about the last 2 weeks, so they overlap.
        </p>
      )}
      <dl className="facts">
        {record.kind === 'assessment.phq9' && (
          <>
            <dt>Item 9 ({PHQ9.items[PHQ9_SAFETY_ITEM]})</dt>
            <dd>
              {labelOf(PHQ9.answers, item9)}
              {item9 !== undefined && item9 !== null && item9 > 0 && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={onOpenSafety}>
                    Open my safety plan
                  </button>
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
        <button type="button" className="primary" onClick={onBack}>
          Back to check-ins
        </button>
      </div>
    </section>
  );
}
