import { Link } from 'react-router';
import { importedFrom } from '../../../shared/domain/import-provenance';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { localDay } from '../../../shared/local-date';
import { useRecords } from '../../db/useRecords';
import './journal.css';
import { CHECKIN_PATH, CHECKIN_SHORTCUT_LABEL } from './useCheckinShortcut';

/** For the Today page: whether today's check-in is done, and the way to it. */
export function TodayCheckinStatus() {
  const checkins = useRecords('journal.checkin');
  const day = localDay(new Date());
  // With two check-ins a day, the latest one done today (evening after morning) is the one named.
  const today: JournalCheckin | undefined = checkins.filter((c) => c.date === day).sort((a, b) => (a.part ?? '').localeCompare(b.part ?? ''))[0];
  const which = today?.part ? `${today.part} ` : '';
  return (
    <p className="today-checkin">
      {today ? (
        <>
          Today’s {which}check-in is done{today.mood !== undefined ? ` (mood ${today.mood}/10)` : ''}.{today.import ? ` ${importedFrom(today.import.source)}.` : ''}{' '}
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
