import { memo } from 'react';
import { FINISH_GROUPS, SYMPTOM_ANCHORS, SYMPTOM_MAX, type SymptomKey } from '../../../shared/medication/discontinuation';
import { RatingScale } from '../../ui/RatingScale';
import checkin from './checkin.module.css';

interface Props {
  ratings: Partial<Record<SymptomKey, number>>;
  onChange: (ratings: Partial<Record<SymptomKey, number>>) => void;
}

/**
 * The FINISH groups (CLINICAL.md), offered only while a taper or stop is in
 * progress and for six weeks after. Records and nothing more: it never says
 * whether a symptom is withdrawal or relapse.
 */
// Memoised: the check-in form re-renders while it saves, and these need not.
export const DiscontinuationSymptoms = memo(function DiscontinuationSymptoms({ ratings, onChange }: Props) {
  return (
    <fieldset className="checkin-symptoms">
      <legend>Symptoms while a dose is lowered or stopped</legend>
      <p className="muted">Rate any you noticed today, 0 none to 3 severe; leave the rest blank.</p>
      {FINISH_GROUPS.map((g) => (
        <div key={g.key} className={checkin.measure}>
          <RatingScale
            label={`${g.label} (${g.words})`}
            name={`symptom-${g.key}`}
            min={0}
            max={SYMPTOM_MAX}
            anchors={SYMPTOM_ANCHORS}
            value={ratings[g.key]}
            onChange={(v) => {
              // A cleared scale leaves the group out: not rated never reads as 0.
              const next = { ...ratings };
              if (v === undefined) delete next[g.key];
              else next[g.key] = v;
              onChange(next);
            }}
          />
        </div>
      ))}
    </fieldset>
  );
});
