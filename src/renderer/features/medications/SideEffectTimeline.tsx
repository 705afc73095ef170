import { useMemo, useState } from 'react';
import type { Medication, RegimenStep, SideEffect } from '../../../shared/domain/medication';
import { addDays } from '../../../shared/medication/days';
import { describeStep } from '../../../shared/medication/describe';
import { recordedSteps } from '../../../shared/medication/regimen';
import { latestChangeBefore } from '../../../shared/medication/side-effects';
import { useRecords } from '../../db/useRecords';
import { UndoToast } from '../../ui/UndoToast';
import { useRemove } from './useMedicationData';

type Item = { date: string; change: { med: Medication; step: RegimenStep } } | { date: string; effect: SideEffect };

interface Props {
  meds: readonly Medication[];
  today: string;
  /** Only this medication's changes and side effects (its detail page). */
  medicationId?: string;
}

const RECENT_DAYS = 90;

function contextOf(effect: SideEffect, meds: readonly Medication[]): string {
  const context = latestChangeBefore(effect, meds);
  if (!context) return '';
  const days = context.daysAfter;
  const when = days === 0 ? 'Same day as' : `${days} ${days === 1 ? 'day' : 'days'} after`;
  return `${when} a ${context.medication.name} change (${describeStep(context.step, context.medication)}, ${context.step.date})`;
}

/** Side effects and dose changes on one dated line, newest first, so timing is easy to see and to discuss. */
export function SideEffectTimeline({ meds, today, medicationId }: Props) {
  const effects = useRecords('med.sideEffect');
  const { remove, offer, closeOffer, error } = useRemove();
  const [everything, setEverything] = useState(false);
  const since = everything ? '0000-01-01' : addDays(today, -RECENT_DAYS);

  const items = useMemo(() => {
    const shownMeds = medicationId ? meds.filter((m) => m.id === medicationId) : meds;
    const changes: Item[] = shownMeds.flatMap((med) =>
      recordedSteps(med).filter((s) => s.date <= today && s.date >= since).map((step) => ({ date: step.date, change: { med, step } })),
    );
    const logged: Item[] = effects
      .filter((e) => e.date >= since && (!medicationId || e.medicationId === medicationId))
      .map((effect) => ({ date: effect.date, effect }));
    // On the same day the change comes first (below the effect when newest is on top).
    return [...changes, ...logged].sort((a, b) => b.date.localeCompare(a.date) || ('change' in a ? 1 : 0) - ('change' in b ? 1 : 0));
  }, [effects, meds, medicationId, today, since]);

  return (
    <section aria-labelledby="meds-effects-title">
      <h2 id="meds-effects-title">Side effects and dose changes</h2>
      <p role="alert" className="error">
        {error}
      </p>
      {items.length === 0 ? (
        <p className="muted">Nothing recorded in the last {RECENT_DAYS} days. Side effects you record appear here beside dose changes.</p>
      ) : (
        <ol className="meds-timeline" aria-label="Side effects and dose changes">
          {items.map((item) =>
            'change' in item ? (
              <li key={item.change.step.id} className="meds-timeline-change">
                <time dateTime={item.date}>{item.date}</time>
                <span>
                  <strong>{item.change.med.name}</strong> {describeStep(item.change.step, item.change.med)}
                  {item.change.step.reason && <span className="muted"> · {item.change.step.reason}</span>}
                </span>
              </li>
            ) : (
              <li key={item.effect.id} className="meds-timeline-effect">
                <time dateTime={item.date}>{item.date}</time>
                <span>
                  <strong>{item.effect.symptom}</strong>, severity {item.effect.severity} of 5
                  <span className="muted meds-context"> {contextOf(item.effect, meds)}</span>
                  {item.effect.note && <span className="meds-note">{item.effect.note}</span>}
                </span>
                <button
                  type="button"
                  className="link"
                  onClick={() => void remove([item.effect.id], 'Side effect deleted.')}
                  aria-label={`Delete ${item.effect.symptom} on ${item.date}`}
                >
                  Delete
                </button>
              </li>
            ),
          )}
        </ol>
      )}
      {!everything && (
        <button type="button" className="link" onClick={() => setEverything(true)}>
          Show everything, not only the last {RECENT_DAYS} days
        </button>
      )}
      <UndoToast offer={offer} onClose={closeOffer} />
    </section>
  );
}
