import { useEffect, useRef, useState, type FormEvent } from 'react';
import { daysBetween, RETAKE_WINDOW_DAYS } from '../../../shared/clinical/outcomes';
import { ATTRIBUTION, PHQ9_SAFETY_ITEM, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { safetyItemAnswered, type Answer } from '../../../shared/clinical/scoring';
import { formatDay } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { PrivateForm } from '../../ui/PrivateForm';
import { ItemQuestion } from './ItemQuestion';
import type { AssessmentEntry } from './useHistory';

interface Props {
  q: Questionnaire;
  history: readonly AssessmentEntry[];
  today: string;
  onSave: (record: AssessmentRecord) => Promise<void>;
  /** PHQ-9 item 9 answered above 0: the page opens the safety screen at once. */
  onSafetyItem: (answerLabel: string) => void;
  onDone: (record: AssessmentRecord) => void;
  onCancel: () => void;
}

const listItems = (numbers: number[]) =>
  numbers.length === 1 ? `Item ${numbers[0]} is` : `Items ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} are`;

export function QuestionnaireForm({ q, history, today, onSave, onSafetyItem, onDone, onCancel }: Props) {
  const [id] = useState(() => crypto.randomUUID());
  const [createdAt] = useState(() => new Date().toISOString());
  const [date, setDate] = useState(today);
  const [answers, setAnswers] = useState<Answer[]>(() => q.items.map(() => null));
  const [difficulty, setDifficulty] = useState<number | null>(null);
  const [confirmIncomplete, setConfirmIncomplete] = useState(false);
  const [safetyShown, setSafetyShown] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const unanswered = answers.flatMap((a, i) => (a === null ? [i + 1] : []));
  const previous = history.filter((e) => e.taken.id !== id && e.taken.date <= date).at(-1);
  const daysSincePrevious = previous ? daysBetween(previous.taken.date, date) : null;

  const dateProblem = (): string | null => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Enter the date you answered these questions, like 2026-11-25.';
    if (date > today) return 'The date cannot be in the future.';
    if (date < '1900-01-01') return 'Enter a date after 1900.';
    return null;
  };

  const build = (current: Answer[]): AssessmentRecord => {
    const common = { id, date, createdAt, updatedAt: new Date().toISOString(), answers: current };
    return q.id === 'phq9'
      ? { ...common, kind: 'assessment.phq9', difficulty }
      : { ...common, kind: 'assessment.gad7' };
  };

  const answer = (index: number, value: number) => {
    const next = answers.map((a, i) => (i === index ? value : a));
    setAnswers(next);
    setError('');
    if (index === PHQ9_SAFETY_ITEM && !safetyShown && safetyItemAnswered(q, next)) {
      setSafetyShown(true);
      onSafetyItem(q.answers.find((a) => a.value === value)?.label ?? String(value));
      // Kept at once, so the item-9 answer is never lost even if the questionnaire is left unfinished.
      const problem = dateProblem();
      if (problem) return setError(problem);
      const incomplete = next.includes(null);
      void onSave(build(next)).then(
        () => setStatus(`Your answers so far are saved${incomplete ? ` as an incomplete ${q.name}` : ''}.`),
        (e: Error) => setError(e.message),
      );
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = dateProblem();
    if (problem) return setError(problem);
    if (unanswered.length > 0 && !confirmIncomplete) {
      setConfirmIncomplete(true);
      setError(
        `${listItems(unanswered)} not answered. Without every item there is no total. Answer ${unanswered.length === 1 ? 'it' : 'them'}, or press “Save as incomplete”.`,
      );
      document.getElementById(`${q.id}-item-${unanswered[0]}-0`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const record = build(answers);
      await onSave(record);
      onDone(record);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <PrivateForm className="questionnaire" onSubmit={submit} aria-labelledby="questionnaire-title" noValidate>
      <h2 id="questionnaire-title" tabIndex={-1} ref={heading}>
        {q.formTitle}
      </h2>
      <p className="muted">
        {q.items.length} questions about {q.topic}. Your answers stay encrypted on this computer.
      </p>
      <label htmlFor="questionnaire-date">Date</label>
      <input
        id="questionnaire-date"
        type="date"
        value={date}
        max={today}
        onChange={(e) => {
          setDate(e.target.value);
          setError('');
        }}
      />
      {previous && daysSincePrevious !== null && daysSincePrevious < RETAKE_WINDOW_DAYS && (
        <p className="retake-note">
          You took the {q.name} on {formatDay(previous.taken.date)} ({daysSincePrevious === 0 ? 'the same day' : `${daysSincePrevious} day${daysSincePrevious === 1 ? '' : 's'} before`}).
          You can take it again; because both ask about the last 2 weeks, this one will be labelled as taken within 14 days.
        </p>
      )}
      <p className="stem">{q.stem}</p>
      <div className="items">
        {q.items.map((text, i) => (
          <ItemQuestion
            key={i}
            name={`${q.id}-item-${i + 1}`}
            number={i + 1}
            text={text}
            options={q.answers}
            value={answers[i] ?? null}
            missing={confirmIncomplete && answers[i] === null}
            onChange={(value) => answer(i, value)}
          />
        ))}
        {q.difficulty && (
          <ItemQuestion
            name={`${q.id}-difficulty`}
            text={q.difficulty.question}
            note="(Optional; recorded, not part of the total.)"
            options={q.difficulty.answers}
            value={difficulty}
            onChange={setDifficulty}
          />
        )}
      </div>
      <p className="muted answered-count">
        {q.items.length - unanswered.length} of {q.items.length} answered
      </p>
      <p role="alert" className="error">
        {error}
      </p>
      <p role="status">{status}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {confirmIncomplete && unanswered.length > 0 ? 'Save as incomplete' : `Save ${q.name}`}
        </button>
        <button type="button" onClick={onCancel}>
          Back to check-ins
        </button>
      </div>
      <p className="attribution">{ATTRIBUTION}</p>
    </PrivateForm>
  );
}
