import { APPOINTMENT_TYPE_LABELS } from '../../../shared/domain/therapy';
import type { TherapySummary } from '../../../shared/summary/therapy';
import type { SharedEntry, VisitQuestions } from '../../../shared/summary/visit';
import { formatDay, plural, signed } from './format';
import { LeftOutNote } from './LeftOut';
import { formatTime } from '../../../shared/time/format';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/Table';
import styles from './summary.module.css';

function homeworkLine(h: TherapySummary['homework']): string {
  const parts = [
    h.thoughtRecords ? plural(h.thoughtRecords, 'thought record') : '',
    h.diaryCards ? plural(h.diaryCards, 'diary card') : '',
    h.exposures ? plural(h.exposures, 'exposure') : '',
    h.practice ? `${plural(h.practice, 'practice session')} (${h.practiceMinutes} minutes)` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'None recorded in this period.' : parts.join(', ');
}

export function TherapySection({ therapy }: { therapy: TherapySummary }) {
  return (
    <section aria-labelledby="sum-therapy">
      <h2 id="sum-therapy">Therapy</h2>
      <p>
        <strong>Sessions attended: {therapy.attended.length}</strong>
        {therapy.attended.length > 0 ? ` (${therapy.attended.map(formatDay).join(', ')})` : ''}
        {therapy.modalities.length > 0 ? ` · ${therapy.modalities.join(', ')}` : ''}
        {therapy.notAttended.length > 0 ? ` · not attended: ${therapy.notAttended.map(formatDay).join(', ')}` : ''}
      </p>
      {therapy.homeworkLines.length > 0 ? (
        <>
          <p>
            <strong>Homework done:</strong>
          </p>
          <ul className="summary-homework">
            {therapy.homeworkLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <strong>Homework done:</strong> {homeworkLine(therapy.homework)}
        </p>
      )}
      {therapy.goals.length > 0 ? (
        <Table labelledBy="sum-therapy" className={styles.table}>
          <TableHeader>
            <Column isRowHeader>Goal</Column>
            <Column>Progress 0–10 in this period</Column>
            <Column>Change</Column>
          </TableHeader>
          <TableBody>
            {therapy.goals.map((g) => (
              <Row key={g.id}>
                <Cell>
                  {g.title}
                  {g.status !== 'active' ? <span className={styles.sub}>{g.status}</span> : null}
                </Cell>
                <Cell>
                  {g.first && g.latest
                    ? g.checkIns === 1
                      ? `${g.latest.score} (${formatDay(g.latest.date)})`
                      : `${g.first.score} → ${g.latest.score} (${plural(g.checkIns, 'check-in')})`
                    : 'No check-in in this period'}
                </Cell>
                <Cell>{signed(g.change)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      ) : (
        <p>No active goal.</p>
      )}
    </section>
  );
}

export function QuestionsSection({ visit, leftOut }: { visit: VisitQuestions; leftOut: number }) {
  const { appointment } = visit;
  return (
    <section aria-labelledby="sum-questions">
      <h2 id="sum-questions">Questions for this visit</h2>
      {appointment ? (
        <p className={styles.subLine}>
          For the {APPOINTMENT_TYPE_LABELS[appointment.type].toLowerCase()} on {formatDay(appointment.date)}
          {appointment.time ? ` at ${appointment.time}` : ''}
        </p>
      ) : null}
      {visit.questions.length === 0 && leftOut > 0 ? (
        <p>Left out by you ({plural(leftOut, 'item')}).</p>
      ) : visit.questions.length === 0 ? (
        <p>No open questions. Add them to an upcoming appointment in Therapy → Appointments.</p>
      ) : (
        <>
          <ol>
            {visit.questions.map((q) => (
              <li key={q.key}>{q.text}</li>
            ))}
          </ol>
          <LeftOutNote count={leftOut} />
        </>
      )}
    </section>
  );
}

export function EntriesSection({ entries, includeText, leftOut }: { entries: SharedEntry[]; includeText: boolean; leftOut: number }) {
  return (
    <section aria-labelledby="sum-entries">
      <h2 id="sum-entries">Journal entries shared with my provider</h2>
      {entries.length === 0 && leftOut > 0 ? (
        <p>Left out by you ({plural(leftOut, 'item')}).</p>
      ) : entries.length === 0 ? (
        <p>No entry marked “share with my provider” in this period.</p>
      ) : (
        <ul className={styles.entries}>
          {entries.map((e) => (
            <li key={e.key}>
              <strong>
                {formatDay(e.date)} {formatTime(e.time)}: {e.title || 'Untitled entry'}
              </strong>
              {e.mood !== null ? ` · mood ${e.mood}/10` : ''}
              {e.tags.length > 0 ? ` · ${e.tags.join(', ')}` : ''}
              {includeText ? <p className={styles.entryBody}>{e.body}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {entries.length > 0 ? <LeftOutNote count={leftOut} /> : null}
    </section>
  );
}
