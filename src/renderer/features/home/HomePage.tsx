import { Link } from 'react-router';
import { useRecords } from '../../db/useRecords';
import { TodayDosesSummary } from '../medications/TodayDosesSummary';
import { RefillWarnings } from '../medications/RefillWarnings';
import { CheckinReminder } from '../checkins/CheckinReminder';
import { TodayCheckinStatus } from '../journal/TodayCheckinStatus';
import { NextAppointment } from '../therapy/NextAppointment';

export function HomePage() {
  const entries = useRecords('journal.entry');
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Today</h1>
      {entries.length === 0 ? (
        <p>
          Your journal is empty. <Link to="/journal">Write your first entry</Link> — it stays encrypted on this
          computer.
        </p>
      ) : (
        <p>
          {entries.length} journal {entries.length === 1 ? 'entry' : 'entries'}. <Link to="/journal">Open the journal</Link>.
        </p>
      )}
      <TodayCheckinStatus />
      <TodayDosesSummary />
      <RefillWarnings />
      <NextAppointment />
      <CheckinReminder />
      <p className="muted">Press Ctrl+L (⌘L on a Mac) to lock Cairn at any time.</p>
    </section>
  );
}
