import { NotebookPen, Plus } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { longDay } from '../../../shared/journal/days';
import { doseLines, therapyLines, type DayLine } from '../../../shared/journal/day-records';
import { useRecords } from '../../db/useRecords';
import { CheckinCard } from './CheckinCard';
import { EntryCard } from './EntryCard';
import { Button } from '../../ui/Button';
import styles from './journal.module.css';

interface Props {
  day: string;
  /** The day's check-ins: one, or morning and evening. */
  checkins: readonly JournalCheckin[];
  entries: readonly JournalEntry[];
  onBack: () => void;
  onEditCheckin: (day: string) => void;
  onDeleteCheckin: (checkin: JournalCheckin) => void;
  onEditEntry: (entry: JournalEntry) => void;
  onDeleteEntry: (entry: JournalEntry) => void;
  onWriteEntry: (day: string) => void;
}

function Lines({ label, lines, link, linkText }: { label: string; lines: readonly DayLine[]; link: string; linkText: string }) {
  if (lines.length === 0) return null;
  return (
    <section className={styles.dayLines}>
      <h4>{label}</h4>
      <ul aria-label={label}>
        {lines.map((l) => (
          <li key={l.id}>{l.text}</li>
        ))}
      </ul>
      {/* Doses and sessions belong to their own sections; the day only shows them and says where to change them. */}
      <Link className="day-elsewhere" to={link}>
        {linkText}
      </Link>
    </section>
  );
}

/**
 * One day together: the check-in and entries (editable here), and the
 * day's doses and therapy, read from the store.
 */
export function DayView({ day, checkins, entries, onBack, onEditCheckin, onDeleteCheckin, onEditEntry, onDeleteEntry, onWriteEntry }: Props) {
  const doses = useRecords('med.dose');
  const meds = useRecords('med.medication');
  const sessions = useRecords('therapy.session');
  const appointments = useRecords('therapy.appointment');
  const doseList = useMemo(() => doseLines(day, doses, meds), [day, doses, meds]);
  const therapyList = useMemo(() => therapyLines(day, sessions, appointments), [day, sessions, appointments]);
  const title = longDay(day);
  const nothing = checkins.length === 0 && entries.length === 0 && doseList.length === 0 && therapyList.length === 0;

  return (
    <section className={styles.dayView} aria-labelledby="day-view-title">
      <div className={styles.dayViewHead}>
        <Button onPress={onBack}>
          Back to the month
        </Button>
        <h3 id="day-view-title" tabIndex={-1}>
          {title}
        </h3>
      </div>
      {nothing && <p className="muted">Nothing was recorded on this day yet. You can add a check-in or write an entry for it.</p>}
      {checkins.length > 0 ? (
        checkins.map((checkin) => <CheckinCard key={checkin.id} checkin={checkin} onEdit={onEditCheckin} onDelete={onDeleteCheckin} />)
      ) : (
        <div className={styles.dayMissing}>
          <p className="muted">No check-in for this day.</p>
          <Button onPress={() => onEditCheckin(day)}>
            <Plus size={16} aria-hidden="true" /> Add a check-in for this day
          </Button>
        </div>
      )}
      {entries.map((entry) => (
        <EntryCard key={entry.id} entry={entry} onEdit={onEditEntry} onDelete={onDeleteEntry} />
      ))}
      <Button className={styles.dayWrite} onPress={() => onWriteEntry(day)}>
        <NotebookPen size={16} aria-hidden="true" /> Write an entry for this day
      </Button>
      <Lines label="Doses" lines={doseList} link="/medications" linkText="Change doses in Medications" />
      <Lines label="Therapy" lines={therapyList} link="/therapy" linkText="Change sessions in Therapy" />
    </section>
  );
}
