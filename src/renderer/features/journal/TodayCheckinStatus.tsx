import { useState } from 'react';
import { Link } from '../../ui/Link';
import { CHECKIN_MEASURES, type MeasureKey } from '../../../shared/domain/checkin-measures';
import { importedFrom } from '../../../shared/domain/import-provenance';
import { checkinIdFor, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { localDay } from '../../../shared/local-date';
import { useRecords } from '../../db/useRecords';
import { Card } from '../../ui/Card';
import { FormMessage } from '../../ui/FormMessage';
import { RatingScale } from '../../ui/RatingScale';
import { useVault } from '../../db/vault-context';
import styles from './journal.module.css';
import { rateDay } from './quick-checkin';
import { CHECKIN_PATH, CHECKIN_SHORTCUT_LABEL } from './useCheckinShortcut';

/** The two ratings Today offers in one tap (Daylio's model); the rest is one link away in the full check-in. */
const QUICK: readonly MeasureKey[] = ['mood', 'anxiety'];

/** For the Today page: mood and anxiety in one tap each (saved as they are picked), and the way to the full check-in. */
export function TodayCheckinStatus() {
  const { repository } = useVault();
  const checkins = useRecords('journal.checkin');
  const day = localDay(new Date());
  // The one-tap scales rate the day's check-in; with two a day, the latest part done today (evening after morning) is named.
  const today: JournalCheckin | undefined = checkins.find((c) => c.id === checkinIdFor(day));
  const done = today ?? checkins.filter((c) => c.date === day).sort((x, y) => (x.part ?? '').localeCompare(y.part ?? ''))[0];
  const which = done?.part ? `${done.part} ` : '';
  const [problem, setProblem] = useState('');

  const rate = (key: MeasureKey, value: number | undefined) => {
    setProblem('');
    rateDay(repository, day, key, value, day).catch((e: Error) => setProblem(e.message));
  };

  return (
    <Card title="Today’s check-in" className="today-checkin">
      <div className={styles.todayCheckinScales}>
        {CHECKIN_MEASURES.filter((m) => QUICK.includes(m.key)).map((m) => (
          <RatingScale
            key={m.key}
            label={m.label}
            name={`today-${m.key}`}
            min={m.min}
            max={m.max}
            anchors={m.anchors}
            value={today?.[m.key]}
            onChange={(value) => rate(m.key, value)}
          />
        ))}
      </div>
      <FormMessage>{problem}</FormMessage>
      <p className="muted">
        {done
          ? `Today’s ${which}check-in is done${done.mood !== undefined ? ` (mood ${done.mood}/10)` : ''}.${done.import ? ` ${importedFrom(done.import.source)}.` : ''}`
          : 'No check-in yet today. A number you pick is saved at once.'}{' '}
        <Link href={CHECKIN_PATH}>{done ? 'Add sleep, energy and more' : 'Open the full check-in'}</Link> — or press {CHECKIN_SHORTCUT_LABEL} anywhere.
      </p>
    </Card>
  );
}
