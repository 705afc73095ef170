import type { ReactNode } from 'react';
import type { Capped, WeekReview } from '../../../shared/review/week-review';
import { formatDayMonth } from '../../../shared/time';
import { Card } from '../../ui/Card';
import { weekdayShort } from './week-format';
import styles from './review.module.css';

const when = (day: string) => `${weekdayShort(day)} ${formatDayMonth(day)}`;

/** A capped list: its items, then how many more there are, so nothing is left out silently. */
function CappedList<T>({ list, children }: { list: Capped<T>; children: (item: T) => ReactNode }) {
  return (
    <>
      <ul className={styles.list}>{list.items.map(children)}</ul>
      {list.more > 0 && <p className={styles.more}>…and {list.more} more (see Cairn for all of them).</p>}
    </>
  );
}

/** One card per list of the week; a list with nothing in it is named once in "Nothing this week". */
export function WeekLists({ review }: { review: WeekReview }) {
  const cards: { title: string; shown: boolean; body: ReactNode }[] = [
    {
      title: 'Coping skills used',
      shown: review.coping.items.length > 0,
      body: (
        <CappedList list={review.coping}>
          {(c) => (
            <li key={c.name}>
              {c.name} <span className="muted">— {c.days === 1 ? '1 day' : `${c.days} days`}</span>
            </li>
          )}
        </CappedList>
      ),
    },
    {
      title: 'Thought records',
      shown: review.thoughtRecords.items.length > 0,
      body: (
        <CappedList list={review.thoughtRecords}>
          {(t) => (
            <li key={t.id}>
              <span className={styles.when}>{when(t.date)}</span> {t.situation}
              {(t.thought || t.moods.length > 0) && (
                <span className={styles.detail}>{[t.thought && `Thought: “${t.thought}”`, t.moods.length > 0 && `re-rated ${t.moods.join('; ')}`].filter(Boolean).join(' · ')}</span>
              )}
            </li>
          )}
        </CappedList>
      ),
    },
    {
      title: 'Exposures done',
      shown: review.exposures.items.length > 0,
      body: (
        <CappedList list={review.exposures}>
          {(e) => (
            <li key={e.id}>
              <span className={styles.when}>{when(e.date)}</span> {e.step}
              <span className={styles.detail}>
                SUDS {e.sudsBefore} → peak {e.sudsPeak} → {e.sudsAfter}; ritual {e.ritualResisted ? 'resisted' : 'not resisted'}
              </span>
            </li>
          )}
        </CappedList>
      ),
    },
    {
      title: 'Goal changes',
      shown: review.goalChanges.items.length > 0,
      body: (
        <CappedList list={review.goalChanges}>
          {(g) => (
            <li key={g.goalId}>
              {g.title} <span className="muted">— {g.changes.join('; ')}</span>
            </li>
          )}
        </CappedList>
      ),
    },
    {
      title: 'Small wins',
      shown: review.wins.length > 0,
      body: (
        <ul className={styles.list}>
          {review.wins.map((w) => (
            <li key={w.kind}>{w.text}</li>
          ))}
        </ul>
      ),
    },
    {
      title: 'Open questions',
      shown: review.openQuestions.items.length > 0,
      body: (
        <CappedList list={review.openQuestions}>
          {(q) => (
            <li key={`${q.appointmentId}:${q.text}`}>
              {q.text} <span className="muted">— for {when(q.date)}</span>
            </li>
          )}
        </CappedList>
      ),
    },
  ];
  const none = cards.filter((c) => !c.shown).map((c) => c.title.toLowerCase());
  return (
    <>
      <div className={styles.cards}>
        {cards
          .filter((c) => c.shown)
          .map((c) => (
            <Card key={c.title} title={c.title} className={styles.card}>
              {c.body}
            </Card>
          ))}
      </div>
      {none.length > 0 && <p className={styles.none}>Nothing this week in: {none.join(', ')}.</p>}
    </>
  );
}
