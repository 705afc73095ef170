import { useMemo } from 'react';
import { Sparkles } from 'lucide-react';
import { smallWins } from '../../../shared/insights/small-wins';
import { useRecords } from '../../db/useRecords';
import { Card } from '../../ui/Card';
import { useLocalNow } from '../../app/clock';

/**
 * Improvements in the person's own recent data, in plain words. Self-contained
 * (it reads its own records and clock) so Today can mount it as it is; it
 * renders nothing at all when there is nothing to notice, so a thin or hard
 * stretch never shows an empty or discouraging box.
 */
export function SmallWinsCard() {
  const checkins = useRecords('journal.checkin');
  const phq9 = useRecords('assessment.phq9');
  const gad7 = useRecords('assessment.gad7');
  const medications = useRecords('med.medication');
  const doses = useRecords('med.dose');
  const now = useLocalNow();
  const wins = useMemo(
    () => smallWins({ checkins, phq9, gad7, medications, doses, now }),
    [checkins, phq9, gad7, medications, doses, now],
  );
  if (wins.length === 0) return null;
  return (
    <Card title="Small wins" icon={<Sparkles size={18} />} className="small-wins">
      <ul className="small-wins-list">
        {wins.map((w) => (
          <li key={w.kind}>{w.text}</li>
        ))}
      </ul>
    </Card>
  );
}
