import { useId, useState, type FormEvent } from 'react';
import { FIBSER_ANCHORS, SIDE_EFFECT_STARTERS, type Medication, type SideEffect } from '../../../shared/domain/medication';
import { PrivateForm } from '../../ui/PrivateForm';
import { stamp } from './records';
import { parseNumber } from '../../../shared/codec/number';
import { useRecordActions } from '../../db/useRecordActions';
import { formatDate } from '../../../shared/time/format';
import { newId } from '../../db/record-stamp';
import { clearIfSaved } from '../../ui/clear-saved';

type Scale = keyof typeof FIBSER_ANCHORS;

const SCALES: { key: Scale; label: string }[] = [
  { key: 'frequency', label: 'How often' },
  { key: 'intensity', label: 'How strong' },
  { key: 'burden', label: 'How much it gets in the way' },
];

interface Props {
  meds: readonly Medication[];
  today: string;
  /** Pre-selects a medication (from its detail page). */
  medicationId?: string;
  /** Present: edit this record (an older one keeps its 1–5 severity until rated 0–6). */
  existing?: SideEffect;
  onDone?: () => void;
}

/** A side effect: a starter symptom or the person's own words, rated 0–6 three ways (FIBSER), from an onset to a resolved day. */
export function SideEffectForm({ meds, today, medicationId, existing, onDone }: Props) {
  const id = useId();
  const { save, error, busy } = useRecordActions();
  const [symptom, setSymptom] = useState(existing?.symptom ?? '');
  const [ratings, setRatings] = useState<Record<Scale, string>>({
    frequency: existing?.frequency === undefined ? '' : String(existing.frequency),
    intensity: existing?.intensity === undefined ? '' : String(existing.intensity),
    burden: existing?.burden === undefined ? '' : String(existing.burden),
  });
  const [date, setDate] = useState(existing?.date ?? today);
  const [resolvedOn, setResolvedOn] = useState(existing?.resolvedOn ?? '');
  const [linked, setLinked] = useState(existing ? (existing.medicationId ?? '') : (medicationId ?? ''));
  const [note, setNote] = useState(existing?.note ?? '');
  const [saved, setSaved] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const now = stamp();
    const rating = (key: Scale) => parseNumber(ratings[key]);
    const record: SideEffect = {
      kind: 'med.sideEffect',
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      date,
      symptom: symptom.trim(),
      ...(existing?.severity !== undefined ? { severity: existing.severity } : {}),
      ...Object.fromEntries(SCALES.flatMap(({ key }) => (rating(key) === undefined ? [] : [[key, rating(key)]]))),
      resolvedOn: resolvedOn || null,
      medicationId: linked || null,
      note: note.trim(),
    };
    if (await save([record])) {
      setSaved(`${existing ? 'Saved' : 'Recorded'} ${record.symptom} from ${formatDate(record.date)}.`);
      if (existing) onDone?.();
      else {
        clearIfSaved(setSymptom, symptom, '');
        clearIfSaved(setNote, note, '');
        clearIfSaved(setResolvedOn, resolvedOn, '');
      }
    }
  };

  return (
    <PrivateForm className="meds-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{existing ? `Edit ${existing.symptom}` : 'Record a side effect'}</h2>
      <label htmlFor={`${id}-symptom`}>Symptom</label>
      <input
        id={`${id}-symptom`}
        list={`${id}-starters`}
        value={symptom}
        onChange={(e) => setSymptom(e.target.value)}
        maxLength={80}
        aria-describedby={`${id}-symptom-hint`}
      />
      <datalist id={`${id}-starters`}>
        {SIDE_EFFECT_STARTERS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p id={`${id}-symptom-hint`} className="muted meds-hint">
        Pick from the list (nausea, sweating, vivid dreams…) or describe it in your own words.
      </p>
      {existing?.severity !== undefined && (
        <p className="muted meds-hint">Recorded before the 0–6 ratings with a severity of {existing.severity} of 5; rating it below adds the three ratings.</p>
      )}
      <div className="meds-row">
        {SCALES.map(({ key, label }) => (
          <div key={key}>
            <label htmlFor={`${id}-${key}`}>{label} (0–6)</label>
            <select id={`${id}-${key}`} value={ratings[key]} onChange={(e) => setRatings({ ...ratings, [key]: e.target.value })}>
              <option value="">Choose…</option>
              {FIBSER_ANCHORS[key].map((anchor, n) => (
                <option key={n} value={String(n)}>
                  {anchor ? `${n} – ${anchor}` : String(n)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="meds-row">
        <div>
          <label htmlFor={`${id}-date`}>Began on</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-resolved`}>Resolved on (optional)</label>
          <input id={`${id}-resolved`} type="date" value={resolvedOn} min={date} onChange={(e) => setResolvedOn(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-med`}>Medication (optional)</label>
          <select id={`${id}-med`} value={linked} onChange={(e) => setLinked(e.target.value)}>
            <option value="">Not linked to one</option>
            {meds.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      <p role="alert" className="error">
        {error}
      </p>
      <p role="status">{saved}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {existing ? 'Save side effect' : 'Record side effect'}
        </button>
        {existing && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </PrivateForm>
  );
}
