import { inPeriod, outcomesOf, type Period } from '../../../shared/clinical/outcomes';
import type { Questionnaire } from '../../../shared/clinical/questionnaires';
import { historySummary } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import type { UndoOffer } from '../../ui/UndoToast';
import { useVault } from '../vault/vault-context';
import { HistoryChart } from './HistoryChart';
import { HistoryTable } from './HistoryTable';
import { OutcomeFacts } from './OutcomeFacts';
import { useHistory, type AssessmentEntry } from './useHistory';

interface Props {
  q: Questionnaire;
  period: Period;
  onError: (message: string) => void;
  onUndoOffer: (offer: UndoOffer) => void;
}

/** One questionnaire's scores in the chosen period: a sentence, the outcome facts, the chart and the table. */
export function HistorySection({ q, period, onError, onUndoOffer }: Props) {
  const { repository } = useVault();
  const history = useHistory(q);
  const entries = history.filter(inPeriod(period));
  const outcomes = outcomesOf(q, history, period);
  const summary = historySummary(q, entries, outcomes);
  const titleId = `history-${q.id}`;

  const toggleBaseline = (entry: AssessmentEntry) => {
    const now = new Date().toISOString();
    const marking = !entry.taken.isBaseline;
    // Only one marked baseline per questionnaire: marking one unmarks the others in the same action.
    const changed: AssessmentRecord[] = history
      .filter((e) => e.taken.id === entry.taken.id || (marking && e.taken.isBaseline))
      .map((e) => ({ ...e.taken, isBaseline: e.taken.id === entry.taken.id ? marking : false, updatedAt: now }));
    repository.save(changed).catch((e: Error) => onError(e.message));
  };

  const remove = async (entry: AssessmentEntry) => {
    try {
      const removed = await repository.remove([entry.taken.id]);
      onUndoOffer({
        message: `${q.name} deleted.`,
        undo: () => void repository.save(removed).catch((e: Error) => onError(e.message)),
      });
    } catch (e) {
      onError((e as Error).message);
    }
  };

  return (
    <section className="history" aria-labelledby={titleId}>
      <h3 id={titleId}>{q.name} history</h3>
      <p className="history-summary">{summary}</p>
      {entries.length > 0 && (
        <>
          <OutcomeFacts q={q} outcomes={outcomes} />
          <HistoryChart q={q} entries={entries} summary={summary} />
          <HistoryTable
            q={q}
            entries={entries}
            baselineId={outcomes.baseline?.entry.taken.id ?? null}
            onToggleBaseline={toggleBaseline}
            onDelete={(entry) => void remove(entry)}
          />
        </>
      )}
    </section>
  );
}
