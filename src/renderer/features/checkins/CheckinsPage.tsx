import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { asQuestionnaireId, ATTRIBUTION, QUESTIONNAIRE_LIST, QUESTIONNAIRES, questionnaireOfKind } from '../../../shared/clinical/questionnaires';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import { useSafetyPath } from '../../app/safety/useSafetyPath';
import { useRecordActions } from '../../db/useRecordActions';
import { useVault } from '../../db/vault-context';
import { localDay } from '../../../shared/local-date';
import { PERIOD_CHOICES, periodFor, type PeriodChoice } from './dates';
import { DraftList } from './DraftList';
import { HistorySection } from './HistorySection';
import { QuestionnaireCard } from './QuestionnaireCard';
import { QuestionnaireForm } from './QuestionnaireForm';
import { ResultPanel } from './ResultPanel';
import { useHistory } from './useHistory';
import styles from './checkins.module.css';
import { FormMessage } from '../../ui/FormMessage';
import { Select } from '../../ui/Select';
import { cx } from '../../ui/class-names';

/** The registered questionnaires: take one (?take=phq9, ?resume=id), see what it came to (?result=…), and the history of each. */
export function CheckinsPage() {
  const { repository } = useVault();
  const safetyPath = useSafetyPath();
  const [params, setParams] = useSearchParams();
  const taking = asQuestionnaireId(params.get('take'));
  const resumeId = params.get('resume');
  const resultOf = asQuestionnaireId(params.get('of'));
  const resultId = params.get('result');
  const [period, setPeriod] = useState<PeriodChoice>('all');
  const actions = useRecordActions();
  const today = localDay();
  // The questionnaire being taken or shown; its history is the one the form and the result need.
  const focused = QUESTIONNAIRES[taking ?? resultOf ?? QUESTIONNAIRE_LIST[0]!.id];
  const focusedHistory = useHistory(focused);
  const back = () => setParams({});

  const resultEntry = resultOf && resultId ? focusedHistory.find((e) => e.taken.id === resultId) : undefined;
  const stored = resumeId ? repository.store.get(resumeId) : undefined;
  const resume = stored && questionnaireOfKind(stored.kind) && 'draft' in stored && stored.draft ? (stored as AssessmentRecord) : undefined;

  const discard = async (record: AssessmentRecord) => {
    if (await actions.remove([record.id], `Unfinished ${questionnaireOfKind(record.kind)?.name ?? 'questionnaire'} discarded.`)) back();
  };

  let content;
  if (taking) {
    const q = QUESTIONNAIRES[taking];
    content = (
      <QuestionnaireForm
        key={`${taking}-${resume?.id ?? 'new'}`}
        q={q}
        history={focusedHistory}
        today={today}
        resume={resume && resume.kind === q.kind ? resume : undefined}
        onSave={(record) => repository.save([record], 'stored')}
        onSafetyItem={() => safetyPath.open('phq9-item9')}
        onDone={(record) => setParams({ of: taking, result: record.id })}
        onDiscard={(record) => void discard(record)}
        onLeave={back}
      />
    );
  } else if (resultOf && resultEntry) {
    content = (
      <ResultPanel
        q={QUESTIONNAIRES[resultOf]}
        entry={resultEntry}
        onOpenSafety={() => safetyPath.open('phq9-item9')}
        onBack={back}
      />
    );
  } else {
    content = (
      <>
        <p className="lead">
          Two short questionnaires about the last 2 weeks, scored exactly as their developers publish them. Your answers
          stay encrypted on this computer.
        </p>
        <DraftList onDiscard={(record) => void discard(record)} />
        <div className={styles.cards}>
          {QUESTIONNAIRE_LIST.map((q) => (
            <QuestionnaireCard key={q.id} q={q} today={today} />
          ))}
        </div>
        <h2>History</h2>
        <Select
          label="Period"
          className={styles.historyPeriod}
          choices={PERIOD_CHOICES.map((c) => ({ id: c.value, label: c.label }))}
          value={period}
          onChange={(id) => setPeriod(PERIOD_CHOICES.find((c) => c.value === id)?.value ?? 'all')}
        />
        {QUESTIONNAIRE_LIST.map((q) => (
          <HistorySection key={q.id} q={q} period={periodFor(period, today)} actions={actions} />
        ))}
        <p className={styles.attribution}>PHQ-9 and GAD-7: {ATTRIBUTION}</p>
      </>
    );
  }

  return (
    <section aria-labelledby="page-title" className={cx('page', styles.checkins)}>
      <h1 id="page-title">Check-ins</h1>
      <FormMessage>{actions.error}</FormMessage>
      {content}
    </section>
  );
}
