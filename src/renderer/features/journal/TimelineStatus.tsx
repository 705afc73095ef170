import { countItems, type DayGroup } from '../../../shared/journal/timeline';
import { formatCount } from '../../../shared/time/count';
import styles from './journal.module.css';
import { cx } from '../../ui/class-names';

const plural = (n: number, one: string, many: string) => formatCount(n, { one, many });

/** One polite line: how much the timeline shows, or what to do when nothing matches; `note` follows it (a query too short to search). */
export function TimelineStatus({ groups, searching, note = '' }: { groups: readonly DayGroup[]; searching: boolean; note?: string }) {
  const { entries, checkins } = countItems(groups);
  const text =
    groups.length === 0
      ? 'Nothing matches. Try fewer or shorter words, another tag or a wider date range.'
      : `${searching ? 'Found ' : ''}${plural(entries, 'entry', 'entries')} and ${plural(checkins, 'check-in', 'check-ins')}.`;
  return (
    <p role="status" className={cx(styles.timelineStatus, 'muted')}>
      {note ? `${text} ${note}` : text}
    </p>
  );
}
