import { useEffect, useRef, useState } from 'react';
import { safetyAnswer, type Questionnaire } from '../../../shared/clinical/questionnaires';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { Button } from '../../ui/Button';
import styles from './checkins.module.css';

interface Props {
  q: Questionnaire;
  record: AssessmentRecord;
  onDiscard: (record: AssessmentRecord) => void;
  label?: string;
}

/**
 * Discards an unfinished questionnaire. When its item 9 is above 0 it asks
 * once, plainly, because that answer would no longer print on summaries.
 */
export function DiscardDraft({ q, record, onDiscard, label = 'Discard' }: Props) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const item9 = safetyAnswer(q, record.answers);
  const answerLabel = q.answers.find((a) => a.value === item9)?.label;

  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button
        onPress={() => (item9 !== null && item9 !== undefined && item9 > 0 ? setAsking(true) : onDiscard(record))}
      >
        {label}
      </Button>
    );
  }
  return (
    <div className={styles.discardConfirm} role="group" aria-labelledby={`discard-${record.id}`}>
      <p id={`discard-${record.id}`}>
        Discard this {q.name}? Your answer to item 9, “{answerLabel}”, will be deleted with it and will not print on your
        summaries.
      </p>
      <div className="actions">
        <Button onPress={() => onDiscard(record)}>
          Discard {q.name}
        </Button>
        <Button ref={keep} onPress={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
    </div>
  );
}
