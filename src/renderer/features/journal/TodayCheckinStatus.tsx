import { Link } from 'react-router';
import { importedFrom } from '../../../shared/domain/import-provenance';
import { checkinIdFor, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { localDay } from '../../../shared/local-date';
import { useRecords } from '../../db/useRecords';
import './journal.css';
import { CHECKIN_PATH, CHECKIN_SHORTCUT_LABEL } from './useCheckinShortcut';

/** For the Today page: whether today's check-in is done, and the way to it. */
export function TodayCheckinStatus() {
  const checkins = useRecords('journal.checkin');
  const id = checkinIdFor(localDay(new Date()));
  const today: JournalCheckin | undefined = checkins.find((c) => c.id === id);
  return (
    <p className="today-checkin">
      {today ? (
        <>
          Today’s check-in is done{today.mood !== undefined ? ` (mood ${today.mood}/10)` : ''}.{today.import ? ` ${importedFrom(today.import.source)}.` : ''}{' '}
          <Link to={CHECKIN_PATH}>Edit today’s check-in</Link>
        </>
      ) : (
        <>
          No check-in yet today. <Link to={CHECKIN_PATH}>Check in now</Link> — or press {CHECKIN_SHORTCUT_LABEL} anywhere.
        </>
      )}
    </p>
  );
}
