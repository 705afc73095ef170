import { useMemo } from 'react';
import { Sparkles } from 'lucide-react';
import { smallWins } from '../../../shared/insights/small-wins';
import { byQuestionnaire, QUESTIONNAIRE_LIST } from '../../../shared/clinical/questionnaires';
import { useRecords, useRecordsOfKinds } from '../../db/useRecords';

const ASSESSMENT_KINDS = QUESTIONNAIRE_LIST.map((q) => q.kind);
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
  const assessments = useRecordsOfKinds(ASSESSMENT_KINDS);
  const medications = useRecords('med.medication');
  const doses = useRecords('med.dose');
  const now = useLocalNow();
  const wins = useMemo(
    () => smallWins({ checkins, ...byQuestionnaire(assessments), medications, doses, now }),
    [checkins, assessments, medications, doses, now],
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
