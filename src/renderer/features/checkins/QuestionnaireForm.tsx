import { useEffect, useRef, useState, type FormEvent } from 'react';
import { daysBetween, RETAKE_WINDOW_DAYS } from '../../../shared/clinical/outcomes';
import { ATTRIBUTION, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { safetyItemAnswered, type Answer } from '../../../shared/clinical/scoring';
import { formatDay } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { localTime } from '../../../shared/local-date';
import { PrivateForm } from '../../ui/PrivateForm';
import { DiscardDraft } from './DiscardDraft';
import { ItemQuestion } from './ItemQuestion';
import type { AssessmentEntry } from './useHistory';
import { newId, stampNow } from '../../db/record-stamp';

interface Props {
  q: Questionnaire;
  history: readonly AssessmentEntry[];
  today: string;
  /** An unfinished questionnaire being resumed: it is already saved, so every change is saved at once. */
  resume?: AssessmentRecord;
  onSave: (record: AssessmentRecord) => Promise<void>;
  /** PHQ-9 item 9 answered above 0: the one safety screen opens at once. */
  onSafetyItem: () => void;
  onDone: (record: AssessmentRecord) => void;
  onDiscard: (record: AssessmentRecord) => void;
  onLeave: () => void;
}

interface FormState {
  date: string;
  answers: Answer[];
  difficulty: number | null;
}

type Saved = { state: 'none' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed' };

const listItems = (numbers: number[]) =>
  numbers.length === 1 ? `Item ${numbers[0]} is` : `Items ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} are`;

/**
 * One questionnaire. Nothing is stored until the person saves it, except that
 * an item-9 answer above 0 is kept at once (it must survive a closed window);
 * from then on it is a draft and every change is saved, so the stored record
 * always equals the screen (CLINICAL.md, "Correcting answers").
 */
export function QuestionnaireForm({ q, history, today, resume, onSave, onSafetyItem, onDone, onDiscard, onLeave }: Props) {
  const [id] = useState(() => resume?.id ?? newId());
  const [createdAt] = useState(() => resume?.createdAt ?? stampNow());
  const [form, setForm] = useState<FormState>(() => ({
    date: resume?.date ?? today,
    answers: resume ? [...resume.answers] : q.items.map(() => null),
    difficulty: resume?.difficulty ?? null,
  }));
  const [isDraft, setIsDraft] = useState(resume !== undefined);
  const [saved, setSaved] = useState<Saved>(resume ? { state: 'saved', at: new Date(resume.updatedAt) } : { state: 'none' });
  const [confirmIncomplete, setConfirmIncomplete] = useState(false);
  const [safetyShown, setSafetyShown] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Only the newest save may report "saved": an older one finishing late must not claim the screen's state.
  const latestSave = useRef(0);

  useEffect(() => heading.current?.focus(), []);

  const { date, answers, difficulty } = form;
  const unanswered = answers.flatMap((a, i) => (a === null ? [i + 1] : []));
  const previous = history.filter((e) => e.taken.id !== id && e.taken.date <= date).at(-1);
  const daysSincePrevious = previous ? daysBetween(previous.taken.date, date) : null;

  const dateProblem = (day: string): string | null => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'Enter the date you answered these questions, like 2026-11-25.';
    if (day > today) return 'The date cannot be in the future.';
    if (day < '1900-01-01') return 'Enter a date after 1900.';
    return null;
  };

  const build = (state: FormState, draft: boolean): AssessmentRecord => {
    const common = {
      id,
      date: state.date,
      createdAt,
      updatedAt: stampNow(),
      answers: state.answers,
      difficulty: state.difficulty,
      ...(draft ? { draft: true as const } : {}),
    };
    // The registry names the kind; the schema checks the answers' length when the repository saves it.
    return { ...common, kind: q.kind } as AssessmentRecord;
  };

  const saveDraft = (state: FormState) => {
    const problem = dateProblem(state.date);
    if (problem) {
      setSaved({ state: 'failed' });
      return setError(`Not saved yet: ${problem}`);
    }
    const ticket = ++latestSave.current;
    setSaved({ state: 'saving' });
    setIsDraft(true);
    onSave(build(state, true)).then(
      () => {
        if (ticket === latestSave.current) setSaved({ state: 'saved', at: new Date() });
      },
      (e: Error) => {
        if (ticket !== latestSave.current) return;
        setSaved({ state: 'failed' });
        setError(`Your last change was not saved: ${e.message}`);
      },
    );
  };

  const change = (next: FormState) => {
    setForm(next);
    setError('');
    const safety = safetyItemAnswered(q, next.answers);
    if (safety && !safetyShown) {
      setSafetyShown(true);
      onSafetyItem();
    }
    // Kept from the first item-9 answer above 0; once kept, every change is kept too.
    if (isDraft || safety) saveDraft(next);
  };

  const answer = (index: number, value: number) =>
    change({ ...form, answers: answers.map((a, i) => (i === index ? value : a)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = dateProblem(date);
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
    latestSave.current++;
    try {
      const record = build(form, false);
      await onSave(record);
      onDone(record);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  const statusText =
    saved.state === 'saving'
      ? 'Saving…'
      : saved.state === 'saved'
        ? `Saved as an unfinished ${q.name} (a draft) at ${localTime(saved.at)}. Every change is saved as you go; you can resume it later from Check-ins.`
        : '';

  return (
    <PrivateForm className="questionnaire" onSubmit={submit} aria-labelledby="questionnaire-title" noValidate>
      <h2 id="questionnaire-title" tabIndex={-1} ref={heading}>
        {q.formTitle}
        {isDraft && <span className="draft-badge">Draft</span>}
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
        onChange={(e) => change({ ...form, date: e.target.value })}
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
            onChange={(value) => change({ ...form, difficulty: value })}
          />
        )}
      </div>
      <p className="muted answered-count">
        {q.items.length - unanswered.length} of {q.items.length} answered
      </p>
      <p role="alert" className="error">
        {error}
      </p>
      <p role="status">{statusText}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {confirmIncomplete && unanswered.length > 0 ? 'Save as incomplete' : `Save ${q.name}`}
        </button>
        <button type="button" onClick={onLeave}>
          {isDraft ? 'Finish later' : 'Back to check-ins'}
        </button>
        {isDraft && <DiscardDraft q={q} record={build(form, true)} onDiscard={onDiscard} label={`Discard this ${q.name}`} />}
      </div>
      <p className="attribution">{ATTRIBUTION}</p>
    </PrivateForm>
  );
}

