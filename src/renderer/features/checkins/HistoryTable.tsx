import { useState } from 'react';
import { safetyAnswer, type Questionnaire } from '../../../shared/clinical/questionnaires';
import { formatDay } from '../../../shared/clinical/summary';
import type { AssessmentEntry } from './useHistory';
import { Button } from '../../ui/Button';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './checkins.module.css';
import { cx } from '../../ui/class-names';

interface Props {
  q: Questionnaire;
  entries: readonly AssessmentEntry[];
  baselineId: string | null;
  onToggleBaseline: (entry: AssessmentEntry) => void;
  onDelete: (entry: AssessmentEntry) => void;
}

/** Rows shown at first and added by each "Show older": ten years stay a short page. */
export const PAGE_SIZE = 10;

/** The chart's data as a table, newest first and paged; PHQ-9 item 9 always has its own column. */
export function HistoryTable({ q, entries, baselineId, onToggleBaseline, onDelete }: Props) {
  const hasSafetyItem = q.safetyItem !== undefined;
  const [shown, setShown] = useState(PAGE_SIZE);
  const newestFirst = [...entries].reverse();
  const visible = newestFirst.slice(0, shown);
  const older = newestFirst.length - visible.length;
  return (
    <>
    <Table caption={`${q.name} scores, newest first (${visible.length} of ${newestFirst.length})`} hideCaption className={styles.historyTable}>
      <TableHeader>
        <Column isRowHeader>Date</Column>
        <Column numeric>Total</Column>
        <Column>Band</Column>
        {hasSafetyItem && <Column>Item 9</Column>}
        <Column>Notes</Column>
        <Column>
          <span className="visually-hidden">Actions</span>
        </Column>
      </TableHeader>
      <TableBody>
        {visible.map((entry) => {
          const { taken, score } = entry;
          const item9 = safetyAnswer(q, taken.answers);
          const when = formatDay(taken.date);
          const notes = [
            taken.id === baselineId ? (taken.isBaseline ? 'Baseline (marked by you)' : 'Baseline (first in this period)') : null,
            entry.retake ? 'Within 14 days of the previous one' : null,
            score.complete ? null : `${score.unanswered.length === 1 ? 'Item' : 'Items'} ${score.unanswered.join(', ')} unanswered`,
          ].filter(Boolean);
          return (
            <Row key={taken.id}>
              <Cell>
                <time dateTime={taken.date}>{when}</time>
              </Cell>
              <Cell numeric>{score.complete ? score.total : 'Incomplete'}</Cell>
              <Cell>{score.complete ? score.band.label : '—'}</Cell>
              {hasSafetyItem && (
                <Cell className={cx(styles.item9, Boolean(item9) && styles.item9Flag)}>
                  {item9 === null || item9 === undefined ? 'not answered' : q.answers[item9]?.label}
                </Cell>
              )}
              <Cell>{notes.join('; ')}</Cell>
              <Cell className={styles.rowActions}>
                {score.complete && (
                  <Button
                    className="link"
                    onPress={() => onToggleBaseline(entry)}
                    aria-label={`${taken.isBaseline ? 'Unmark' : 'Mark'} ${q.name} of ${when} as baseline`}
                  >
                    {taken.isBaseline ? 'Unmark baseline' : 'Mark as baseline'}
                  </Button>
                )}
                <Button className="link" onPress={() => onDelete(entry)} aria-label={`Delete ${q.name} of ${when}`}>
                  Delete
                </Button>
              </Cell>
            </Row>
          );
        })}
      </TableBody>
    </Table>
    <p className={cx(styles.historyMore, 'muted')}>
      Showing the newest {visible.length} of {newestFirst.length}.{' '}
      {older > 0 && (
        <Button onPress={() => setShown((n) => n + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, older)} older {q.name}
        </Button>
      )}
    </p>
    </>
  );
}
