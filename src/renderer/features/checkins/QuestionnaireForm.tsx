import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { daysBetween, RETAKE_WINDOW_DAYS } from '../../../shared/clinical/outcomes';
import { ATTRIBUTION, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { safetyItemAnswered, type Answer } from '../../../shared/clinical/scoring';
import { formatDay } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { localTime } from '../../../shared/local-date';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { DiscardDraft } from './DiscardDraft';
import { ItemQuestion } from './ItemQuestion';
import { questionnaireForm, type QuestionnaireValues } from './questionnaire-form';
import type { AssessmentEntry } from './useHistory';
import { newId, stampNow } from '../../db/record-stamp';
import styles from './checkins.module.css';
import { cx } from '../../ui/class-names';

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

type Saved = { state: 'none' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed' };

const listItems = (numbers: number[]) =>
  numbers.length === 1 ? `Item ${numbers[0]} is` : `Items ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} are`;

const unansweredOf = (answers: readonly Answer[]) => answers.flatMap((a, i) => (a === null ? [i + 1] : []));

/**
 * One questionnaire, on react-hook-form with questionnaire-form's schema.
 * Nothing is stored until the person saves it, except that an item-9 answer
 * above 0 is kept at once (it must survive a closed window); from then on it
 * is a draft and every change is saved, so the stored record always equals
 * the screen (CLINICAL.md, "Correcting answers").
 */
export function QuestionnaireForm({ q, history, today, resume, onSave, onSafetyItem, onDone, onDiscard, onLeave }: Props) {
  const [id] = useState(() => resume?.id ?? newId());
  const [createdAt] = useState(() => resume?.createdAt ?? stampNow());
  const schema = useMemo(() => questionnaireForm(today), [today]);
  const { control, handleSubmit, getValues, setError: setFieldError, clearErrors, formState } = useForm<QuestionnaireValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      date: resume?.date ?? today,
      answers: resume ? [...resume.answers] : q.items.map(() => null),
      difficulty: resume?.difficulty ?? null,
    },
  });
  const [isDraft, setIsDraft] = useState(resume !== undefined);
  const [saved, setSaved] = useState<Saved>(resume ? { state: 'saved', at: new Date(resume.updatedAt) } : { state: 'none' });
  const [confirmIncomplete, setConfirmIncomplete] = useState(false);
  const [safetyShown, setSafetyShown] = useState(false);
  // The form's own message (a save that failed, items left unanswered); a date's message sits on the date.
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Only the newest save may report "saved": an older one finishing late must not claim the screen's state.
  const latestSave = useRef(0);

  useEffect(() => heading.current?.focus(), []);

  const [date, answers, difficulty] = useWatch({ control, name: ['date', 'answers', 'difficulty'] });
  const values: QuestionnaireValues = { date, answers, difficulty };
  const unanswered = unansweredOf(answers);
  const difficultyItem = q.difficulty;
  const previous = history.filter((e) => e.taken.id !== id && e.taken.date <= date).at(-1);
  const daysSincePrevious = previous ? daysBetween(previous.taken.date, date) : null;

  const build = (state: QuestionnaireValues, draft: boolean): AssessmentRecord => {
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

  const saveDraft = (state: QuestionnaireValues) => {
    const problem = schema.shape.date.safeParse(state.date).error?.issues[0]?.message;
    if (problem) {
      setSaved({ state: 'failed' });
      setFieldError('date', { message: problem });
      return setMessage('Your last change is not saved yet: correct the date first.');
    }
    clearErrors('date');
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
        setMessage(`Your last change was not saved: ${e.message}`);
      },
    );
  };

  /** After any field changed (react-hook-form holds the new value already). */
  const changed = () => {
    setMessage('');
    const next = getValues();
    const safety = safetyItemAnswered(q, next.answers);
    if (safety && !safetyShown) {
      setSafetyShown(true);
      onSafetyItem();
    }
    // Kept from the first item-9 answer above 0; once kept, every change is kept too.
    if (isDraft || safety) saveDraft(next);
  };

  const save = async (state: QuestionnaireValues) => {
    const missing = unansweredOf(state.answers);
    if (missing.length > 0 && !confirmIncomplete) {
      setConfirmIncomplete(true);
      setMessage(
        `${listItems(missing)} not answered. Without every item there is no total. Answer ${missing.length === 1 ? 'it' : 'them'}, or press “Save as incomplete”.`,
      );
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${q.id}-item-${missing[0]}"]`)?.focus();
      return;
    }
    latestSave.current++;
    try {
      const record = build(state, false);
      await onSave(record);
      onDone(record);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };

  const statusText =
    saved.state === 'saving'
      ? 'Saving…'
      : saved.state === 'saved'
        ? `Saved as an unfinished ${q.name} (a draft) at ${localTime(saved.at)}. Every change is saved as you go; you can resume it later from Check-ins.`
        : '';

  return (
    <PrivateForm ref={formRef} className={styles.questionnaire} onSubmit={(e) => void handleSubmit(save)(e)} aria-labelledby="questionnaire-title" noValidate>
      <h2 id="questionnaire-title" tabIndex={-1} ref={heading}>
        {q.formTitle}
        {isDraft && <span className={styles.draftBadge}>Draft</span>}
      </h2>
      <p className="muted">
        {q.items.length} questions about {q.topic}. Your answers stay encrypted on this computer.
      </p>
      <Controller
        control={control}
        name="date"
        render={({ field, fieldState }) => (
          <DateField
            label="Date"
            max={today}
            value={field.value}
            onChange={(day) => {
              field.onChange(day);
              changed();
            }}
            onBlur={field.onBlur}
            inputRef={field.ref}
            errorMessage={fieldState.error?.message}
          />
        )}
      />
      {previous && daysSincePrevious !== null && daysSincePrevious < RETAKE_WINDOW_DAYS && (
        <p className={styles.retakeNote}>
          You took the {q.name} on {formatDay(previous.taken.date)} ({daysSincePrevious === 0 ? 'the same day' : `${daysSincePrevious} day${daysSincePrevious === 1 ? '' : 's'} before`}).
          You can take it again; because both ask about the last 2 weeks, this one will be labelled as taken within 14 days.
        </p>
      )}
      <p className={styles.stem}>{q.stem}</p>
      <div className={styles.items}>
        {q.items.map((text, i) => (
          <Controller
            key={i}
            control={control}
            name={`answers.${i}`}
            render={({ field }) => (
              <ItemQuestion
                name={`${q.id}-item-${i + 1}`}
                number={i + 1}
                text={text}
                options={q.answers}
                value={field.value ?? null}
                missing={confirmIncomplete && field.value === null}
                onChange={(value) => {
                  field.onChange(value);
                  changed();
                }}
              />
            )}
          />
        ))}
        {difficultyItem && (
          <Controller
            control={control}
            name="difficulty"
            render={({ field }) => (
              <ItemQuestion
                name={`${q.id}-difficulty`}
                text={difficultyItem.question}
                note="(Optional; recorded, not part of the total.)"
                options={difficultyItem.answers}
                value={field.value}
                onChange={(value) => {
                  field.onChange(value);
                  changed();
                }}
              />
            )}
          />
        )}
      </div>
      <p className={cx('muted', styles.answeredCount)}>
        {q.items.length - unanswered.length} of {q.items.length} answered
      </p>
      <FormMessage>{message}</FormMessage>
      <p role="status">{statusText}</p>
      <div className="actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {confirmIncomplete && unanswered.length > 0 ? 'Save as incomplete' : `Save ${q.name}`}
        </Button>
        <Button onPress={onLeave}>{isDraft ? 'Finish later' : 'Back to check-ins'}</Button>
        {isDraft && <DiscardDraft q={q} record={build(values, true)} onDiscard={onDiscard} label={`Discard this ${q.name}`} />}
      </div>
      <p className={styles.attribution}>{ATTRIBUTION}</p>
    </PrivateForm>
  );
}

