import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { longDay } from '../../../shared/journal/days';
import type { SearchHits } from '../../../shared/journal/search';
import type { DayGroup } from '../../../shared/journal/timeline';
import { CheckinCard } from './CheckinCard';
import { EntryCard } from './EntryCard';
import styles from './journal.module.css';

/** Days drawn beyond each edge of the scroller. */
export const OVERSCAN_DAYS = 1;

interface Props {
  groups: readonly DayGroup[];
  hits: SearchHits | null;
  onEditEntry: (entry: JournalEntry) => void;
  onDeleteEntry: (entry: JournalEntry) => void;
  onEditCheckin: (day: string) => void;
  onDeleteCheckin: (checkin: JournalCheckin) => void;
}

/**
 * Days newest first. Only the days near the viewport are in the DOM (each
 * measured after render), so ten years scroll like ten days.
 */
// Memoised: the journal page re-renders when a dialog opens or closes, and the timeline need not.
export const Timeline = memo(function Timeline({ groups, hits, onEditEntry, onDeleteEntry, onEditCheckin, onDeleteCheckin }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 240,
    // One day beyond each edge, not three: a search keystroke that changes the hits ("li") replaces every
    // drawn day, and each day drawn off screen was React, layout and raster work the keystroke waited for
    // (at ten years, "li" took 90-127 ms to the painted frame with three, 56-64 ms with one).
    overscan: OVERSCAN_DAYS,
    getItemKey: (i) => groups[i]?.day ?? i,
  });
  const terms = (id: string) => hits?.get(id);

  return (
    <div ref={scroller} className={styles.timelineScroll} tabIndex={0} role="region" aria-label="Timeline, newest first">
      <ol className={styles.timeline} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const group = groups[item.index];
          if (!group) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={styles.timelineDay}
              data-day={group.day}
              aria-setsize={groups.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <h3>{longDay(group.day)}</h3>
              {group.checkins.map((checkin) => (
                <CheckinCard key={checkin.id} checkin={checkin} terms={terms(checkin.id)} onEdit={onEditCheckin} onDelete={onDeleteCheckin} />
              ))}
              {group.entries.map((entry) => (
                <EntryCard key={entry.id} entry={entry} terms={terms(entry.id)} onEdit={onEditEntry} onDelete={onDeleteEntry} />
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
});
