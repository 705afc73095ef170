import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ATTRIBUTION, GAD7, PHQ9, PHQ9_SAFETY_ITEM, QUESTIONNAIRES, type QuestionnaireId } from '../../../shared/clinical/questionnaires';
import { UndoToast, type UndoOffer } from '../../ui/UndoToast';
import { useVault } from '../vault/vault-context';
import { localDay } from '../../../shared/local-date';
import { PERIOD_CHOICES, periodFor, type PeriodChoice } from './dates';
import { HistorySection } from './HistorySection';
import { QuestionnaireCard } from './QuestionnaireCard';
import { QuestionnaireForm } from './QuestionnaireForm';
import { ResultPanel } from './ResultPanel';
import { SafetyScreen } from './SafetyScreen';
import { useHistory } from './useHistory';
import './checkins.css';

const asId = (value: string | null): QuestionnaireId | null => (value === 'phq9' || value === 'gad7' ? value : null);

/** PHQ-9 and GAD-7: take one (?take=phq9), see what it came to (?result=…), and the history of both. */
export function CheckinsPage() {
  const { repository } = useVault();
  const [params, setParams] = useSearchParams();
  const taking = asId(params.get('take'));
  const resultOf = asId(params.get('of'));
  const resultId = params.get('result');
  const [safetyAnswer, setSafetyAnswer] = useState<string | null>(null);
  const [period, setPeriod] = useState<PeriodChoice>('all');
  const [error, setError] = useState('');
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const closeOffer = useCallback(() => setOffer(null), [setOffer]);
  const closeSafety = useCallback(() => setSafetyAnswer(null), [setSafetyAnswer]);
  const today = localDay();
  const phq9History = useHistory(PHQ9);
  const gad7History = useHistory(GAD7);
  const historyOf = (id: QuestionnaireId) => (id === 'phq9' ? phq9History : gad7History);
  const back = () => setParams({});

  const resultEntry = resultOf && resultId ? historyOf(resultOf).find((e) => e.taken.id === resultId) : undefined;
  const item9Label = (value: number | null | undefined) => PHQ9.answers.find((a) => a.value === value)?.label ?? null;

  let content;
  if (taking) {
    const q = QUESTIONNAIRES[taking];
    content = (
      <QuestionnaireForm
        key={taking}
        q={q}
        history={historyOf(taking)}
        today={today}
        onSave={(record) => repository.save([record])}
        onSafetyItem={setSafetyAnswer}
        onDone={(record) => setParams({ of: taking, result: record.id })}
        onCancel={back}
      />
    );
  } else if (resultOf && resultEntry) {
    content = (
      <ResultPanel
        q={QUESTIONNAIRES[resultOf]}
        entry={resultEntry}
        onOpenSafety={() => setSafetyAnswer(item9Label(resultEntry.taken.answers[PHQ9_SAFETY_ITEM]))}
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
        <div className="questionnaire-cards">
          <QuestionnaireCard q={PHQ9} history={phq9History} today={today} />
          <QuestionnaireCard q={GAD7} history={gad7History} today={today} />
        </div>
        <h2>History</h2>
        <label htmlFor="history-period">Period</label>
        <select id="history-period" value={period} onChange={(e) => setPeriod(e.target.value as PeriodChoice)}>
          {PERIOD_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <HistorySection q={PHQ9} period={periodFor(period, today)} onError={setError} onUndoOffer={setOffer} />
        <HistorySection q={GAD7} period={periodFor(period, today)} onError={setError} onUndoOffer={setOffer} />
        <p className="attribution">PHQ-9 and GAD-7: {ATTRIBUTION}</p>
      </>
    );
  }

  return (
    <section aria-labelledby="page-title" className="page checkins">
      <h1 id="page-title">Check-ins</h1>
      <p role="alert" className="error">
        {error}
      </p>
      {content}
      <SafetyScreen answerLabel={safetyAnswer} onClose={closeSafety} />
      <UndoToast offer={offer} onClose={closeOffer} />
    </section>
  );
}
