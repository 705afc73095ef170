import { useState } from 'react';
import { CalendarRange, ChevronLeft, ChevronRight } from 'lucide-react';
import { addDays } from '../../../shared/medication/days';
import { weekStartOf } from '../../../shared/review/week-review';
import { formatDate, formatDayRange } from '../../../shared/time';
import { useLocalNow } from '../../app/clock';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PrintActions, type Paper } from '../../app/PrintActions';
import { useWeekReview } from './useWeekReview';
import { WeekLists } from './WeekLists';
import { DiaryGrid, WeekTrendTable } from './WeekTables';
import { WeekTrendChart } from './WeekTrendChart';
import { reviewFileName } from './week-format';
import styles from './review.module.css';

/**
 * The weekly review (issue 20, point 4): the past week on one screen, and on
 * one printed page for the therapist. Weeks run Monday to Sunday (see
 * shared/review/week-review.ts); it opens on the week that holds today.
 */
export function ReviewPage() {
  const now = useLocalNow();
  const thisWeek = weekStartOf(now.day);
  const [weekStart, setWeekStart] = useState(thisWeek);
  const [paper, setPaper] = useState<Paper>('A4');
  const review = useWeekReview(weekStart, now.day);
  const range = formatDayRange(review.weekStart, review.weekEnd);

  return (
    <section aria-labelledby="page-title" className={`page print-sheet ${styles.page}`}>
      <div className="no-print">
        <PageHeader
          title="Weekly review"
          description="Your week on one page: check-ins, diary card, practice, goals, small wins and the questions you want to ask. Nothing leaves this computer unless you print it or save the PDF."
        />
      </div>
      <nav className={`${styles.weekNav} no-print`} aria-label="Choose the week">
        <Button variant="quiet" onPress={() => setWeekStart(addDays(weekStart, -7))}>
          <ChevronLeft size={16} aria-hidden="true" />
          Previous week
        </Button>
        <p className={styles.weekLabel} aria-live="polite">
          {range}
        </p>
        <Button variant="quiet" isDisabled={weekStart >= thisWeek} onPress={() => setWeekStart(addDays(weekStart, 7))}>
          Next week
          <ChevronRight size={16} aria-hidden="true" />
        </Button>
        {weekStart !== thisWeek && (
          <Button variant="quiet" onPress={() => setWeekStart(thisWeek)}>
            This week
          </Button>
        )}
      </nav>

      {review.empty ? (
        <EmptyState icon={<CalendarRange size={24} />} title="Nothing was recorded this week.">
          <p>Check in on Today or in the Journal, or fill in a diary card or thought record in Therapy; this page gathers them by week.</p>
        </EmptyState>
      ) : (
        <>
          <PrintActions paper={paper} onPaper={setPaper} fileName={reviewFileName(review.weekStart)} />
          <article className={styles.doc} aria-label={`Weekly review, ${range}`}>
            <header className={styles.docHeader}>
              <h2>Weekly review · {range}</h2>
              <p className={styles.docSub}>
                Checked in on {review.checkinDays} of 7 days. Printed from Cairn on {formatDate(now.day)}.
              </p>
            </header>
            <Card title="Check-ins" className={`${styles.card} ${styles.trend}`}>
              {review.checkinDays > 0 ? (
                <>
                  <WeekTrendChart trend={review.trend} />
                  <WeekTrendTable trend={review.trend} />
                </>
              ) : (
                <p className="muted">No check-ins this week.</p>
              )}
            </Card>
            {review.diary && (
              <Card title="DBT diary card" className={styles.card}>
                <DiaryGrid days={review.diary.days} rows={review.diary.rows} moreTargets={review.diary.moreTargets} />
              </Card>
            )}
            <WeekLists review={review} />
          </article>
        </>
      )}
    </section>
  );
}
