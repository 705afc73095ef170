import { useMemo, useState } from 'react';
import type { Medication, RegimenStep, SideEffect } from '../../../shared/domain/medication';
import { addDays, daysBetween } from '../../../shared/medication/days';
import { describeStep } from '../../../shared/medication/describe';
import { recordedSteps } from '../../../shared/medication/regimen';
import { latestChangeBefore } from '../../../shared/medication/side-effects';
import { useOpenRequest } from '../../app/open-record';
import { useRecords } from '../../db/useRecords';
import { stamp } from './records';
import { SideEffectForm } from './SideEffectForm';
import { useRecordActions } from '../../db/useRecordActions';
import { formatDate } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import styles from './medications.module.css';

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
  return `${when} a ${context.medication.name} change (${describeStep(context.step, context.medication)}, ${formatDate(context.step.date)})`;
}

/** "how often 4 · how strong 2 · in the way 1 (0–6)"; older records: "severity 3 of 5". */
function ratingText(effect: SideEffect): string {
  if (effect.frequency !== undefined && effect.intensity !== undefined && effect.burden !== undefined) {
    return `how often ${effect.frequency} · how strong ${effect.intensity} · in the way ${effect.burden} (0–6)`;
  }
  return effect.severity === undefined ? '' : `severity ${effect.severity} of 5`;
}

function courseText(effect: SideEffect): string {
  if (effect.resolvedOn) {
    const days = daysBetween(effect.date, effect.resolvedOn);
    return `resolved ${formatDate(effect.resolvedOn)} (lasted ${days} ${days === 1 ? 'day' : 'days'})`;
  }
  return effect.severity === undefined ? 'ongoing' : '';
}

/** Side effects and dose changes on one dated line, newest first, so timing is easy to see and to discuss. */
export function SideEffectTimeline({ meds, today, medicationId }: Props) {
  const effects = useRecords('med.sideEffect');
  const { remove, save, error } = useRecordActions();
  const [editing, setEditing] = useState<string | null>(null);
  const resolve = (effect: SideEffect) => void save([{ ...effect, resolvedOn: effect.date > today ? effect.date : today, updatedAt: stamp() }]);
  const [everything, setEverything] = useState(false);
  // A side effect opened from elsewhere (Search everything) may be older than the recent days: show them all.
  const open = useOpenRequest();
  const opened = open ? effects.find((e) => e.id === open) : undefined;
  if (opened && !everything && opened.date < addDays(today, -RECENT_DAYS)) setEverything(true);
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
      <FormMessage>{error}</FormMessage>
      {items.length === 0 ? (
        <p className="muted">Nothing recorded in the last {RECENT_DAYS} days. Side effects you record appear here beside dose changes.</p>
      ) : (
        <ol className={styles.timeline} aria-label="Side effects and dose changes">
          {items.map((item) =>
            'change' in item ? (
              <li key={item.change.step.id} className={styles.timelineChange}>
                <time dateTime={item.date}>{formatDate(item.date)}</time>
                <span>
                  <strong>{item.change.med.name}</strong> {describeStep(item.change.step, item.change.med)}
                  {item.change.step.reason && <span className="muted"> · {item.change.step.reason}</span>}
                </span>
              </li>
            ) : (
              <li key={item.effect.id} className="meds-timeline-effect" data-record-id={item.effect.id}>
                <time dateTime={item.date}>{formatDate(item.date)}</time>
                {editing === item.effect.id ? (
                  <SideEffectForm meds={meds} today={today} existing={item.effect} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    <span>
                      <strong>{item.effect.symptom}</strong>, {ratingText(item.effect)}
                      {courseText(item.effect) && <span className="meds-course"> · {courseText(item.effect)}</span>}
                      <span className={`muted ${styles.context}`}> {contextOf(item.effect, meds)}</span>
                      {item.effect.note && <span className={styles.note}>{item.effect.note}</span>}
                    </span>
                    <span className={styles.effectActions}>
                      <Button className="link" onPress={() => setEditing(item.effect.id)} aria-label={`Edit ${item.effect.symptom} from ${formatDate(item.date)}`}>
                        Edit
                      </Button>
                      {!item.effect.resolvedOn && item.effect.severity === undefined && (
                        <Button
                          className="link"
                          onPress={() => resolve(item.effect)}
                          aria-label={`Mark ${item.effect.symptom} from ${formatDate(item.date)} resolved today`}
                        >
                          Mark resolved
                        </Button>
                      )}
                      <Button
                        className="link"
                        onPress={() => void remove([item.effect.id], 'Side effect deleted.')}
                        aria-label={`Delete ${item.effect.symptom} on ${formatDate(item.date)}`}
                      >
                        Delete
                      </Button>
                    </span>
                  </>
                )}
              </li>
            ),
          )}
        </ol>
      )}
      {!everything && (
        <Button className="link" onPress={() => setEverything(true)}>
          Show everything, not only the last {RECENT_DAYS} days
        </Button>
      )}
    </section>
  );
}
