import { inPeriod, outcomesOf, type Period } from '../../../shared/clinical/outcomes';
import type { Questionnaire } from '../../../shared/clinical/questionnaires';
import { historySummary } from '../../../shared/clinical/summary';
import type { AssessmentRecord } from '../../../shared/domain/assessment';
import type { RecordActions } from '../../db/useRecordActions';
import { stampNow } from '../../db/record-stamp';
import { HistoryChart } from './HistoryChart';
import { HistoryTable } from './HistoryTable';
import { OutcomeFacts } from './OutcomeFacts';
import { useHistory, type AssessmentEntry } from './useHistory';
import styles from './checkins.module.css';

interface Props {
  q: Questionnaire;
  period: Period;
  /** The page's actions, so an error or an Undo shows once for the whole page. */
  actions: RecordActions;
}

/** One questionnaire's scores in the chosen period: a sentence, the outcome facts, the chart and the table. */
export function HistorySection({ q, period, actions }: Props) {
  const history = useHistory(q);
  const entries = history.filter(inPeriod(period));
  const outcomes = outcomesOf(q, history, period);
  const summary = historySummary(q, entries, outcomes);
  const titleId = `history-${q.id}`;

  const toggleBaseline = (entry: AssessmentEntry) => {
    const now = stampNow();
    const marking = !entry.taken.isBaseline;
    // Only one marked baseline per questionnaire: marking one unmarks the others in the same action.
    const changed: AssessmentRecord[] = history
      .filter((e) => e.taken.id === entry.taken.id || (marking && e.taken.isBaseline))
      .map((e) => ({ ...e.taken, isBaseline: e.taken.id === entry.taken.id ? marking : false, updatedAt: now }));
    void actions.save(changed);
  };

  const remove = (entry: AssessmentEntry) => actions.remove([entry.taken.id], `${q.name} deleted.`);

  return (
    <section className={styles.history} aria-labelledby={titleId}>
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
