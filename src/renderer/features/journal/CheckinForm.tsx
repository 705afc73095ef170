import { memo, useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { numberText } from '../../../shared/codec/number';
import { CHECKIN_MEASURES, measureHeading, type CheckinMeasure, type MeasureKey } from '../../../shared/domain/checkin-measures';
import { checkinIdFor, NOTE_MAX, type CheckinPart, type JournalCheckin } from '../../../shared/domain/journal-checkin';
import { activeMeasures } from '../../../shared/domain/own-measure';
import { longDay } from '../../../shared/journal/days';
import { growingList, STARTER_COPING, STARTER_TRIGGERS } from '../../../shared/journal/lists';
import { checkCheckin } from '../../../shared/journal/validate';
import { localDay } from '../../../shared/local-date';
import { symptomsAskedOn } from '../../../shared/medication/discontinuation';
import { useRecords } from '../../db/useRecords';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { NumberField } from '../../ui/NumberField';
import { PrivateForm } from '../../ui/PrivateForm';
import { RatingScale } from '../../ui/RatingScale';
import { TextField } from '../../ui/TextField';
import { stampNow } from '../../db/record-stamp';
import { useRecordActions } from '../../db/useRecordActions';
import { blankCheckin, checkinFrom, fieldsOf, type CheckinFields } from './checkin-fields';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ChoiceList } from './ChoiceList';
import { OwnMeasureFields } from './OwnMeasureFields';
import { DiscontinuationSymptoms } from './DiscontinuationSymptoms';

interface Props {
  day: string;
  /** Which check-in of the day, when the person checks in twice a day. */
  part?: CheckinPart;
  onSaved: (day: string) => void;
  onCancel: () => void;
}

const FIRST = CHECKIN_MEASURES[0].key;

/**
 * The 30-second daily check-in: every scale is one click or one digit, and
 * Enter saves from anywhere but the note (Ctrl/Cmd+Enter there). Rating only
 * mood is two keys: a digit, then Enter.
 */
const PARTS: readonly { value: CheckinPart; label: string }[] = [
  { value: 'morning', label: 'Morning' },
  { value: 'evening', label: 'Evening' },
];

/** Before 2 pm a new check-in is the morning one. */
const partNow = (): CheckinPart => (new Date().getHours() < 14 ? 'morning' : 'evening');

export function CheckinForm({ day, part: askedPart, onSaved, onCancel }: Props) {
  const actions = useRecordActions();
  const checkins = useRecords('journal.checkin');
  const meds = useRecords('med.medication');
  const allMeasures = useRecords('journal.measure');
  const measures = useMemo(() => activeMeasures(allMeasures), [allMeasures]);
  const twice = useRecords('settings')[0]?.checkinTwiceADay === true;
  const byId = useMemo(() => new Map(checkins.map((c) => [c.id, c])), [checkins]);
  const [fields, setFields] = useState<CheckinFields>(() => {
    // An edit names its part; a new check-in on a twice-a-day setting takes the part of the day it is now.
    const part = askedPart ?? (twice ? partNow() : undefined);
    const existing = byId.get(checkinIdFor(day, part));
    return existing ? fieldsOf(existing) : blankCheckin(day, part);
  });
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const existing: JournalCheckin | undefined = byId.get(checkinIdFor(fields.day, fields.part));
  const triggerOptions = useMemo(() => growingList(STARTER_TRIGGERS, checkins.map((c) => c.triggers)), [checkins]);
  const copingOptions = useMemo(() => growingList(STARTER_COPING, checkins.map((c) => c.coping)), [checkins]);
  const today = localDay(new Date());
  // Offered during a taper or stop and six weeks after (CLINICAL.md), and always for a day that already has ratings.
  const askSymptoms = symptomsAskedOn(meds, fields.day) || Object.keys(fields.symptoms).length > 0;

  // A scale is focused on its chosen value, so a digit or an arrow changes it from there.
  const focusField = (name: string) => {
    const form = formRef.current;
    (form?.querySelector<HTMLElement>(`[name="${name}"]:checked`) ?? form?.querySelector<HTMLElement>(`[name="${name}"]`))?.focus();
  };
  // Focus starts on the first scale, once, when the form opens.
  useEffect(() => focusField(FIRST), []);

  // Messages show under their field, so they are seen wherever the dialog is scrolled.
  const placed = [...CHECKIN_MEASURES.map((m) => m.key as string), ...measures.map((m) => m.id), 'tags', 'note', 'date'];
  const errorFor = useCallback((field: string) => (problem?.field === field ? problem.message : undefined), [problem]);

  // Setters keep their identity (they update from the previous fields), so the scales and lists below
  // re-render only when their own value changes: saving re-renders this form up to three times.
  const set = useCallback(<K extends keyof CheckinFields>(key: K, value: CheckinFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setProblem(null);
  }, []);
  const setMeasure = useCallback((key: MeasureKey, text: string) => {
    setFields((f) => ({ ...f, measures: { ...f.measures, [key]: text } }));
    setProblem(null);
  }, []);
  const setOwn = useCallback((id: string, text: string) => {
    setFields((f) => ({ ...f, custom: { ...f.custom, [id]: text } }));
    setProblem(null);
  }, []);
  const setTriggers = useCallback((v: string[]) => set('triggers', v), [set]);
  const setCoping = useCallback((v: string[]) => set('coping', v), [set]);
  const setSymptoms = useCallback((v: CheckinFields['symptoms']) => set('symptoms', v), [set]);

  // Picking a day (or part of a day) that already has a check-in edits that one: one check-in per day or part.
  const changeDay = (next: string, part = fields.part) => {
    const other = byId.get(checkinIdFor(next, part));
    setFields((f) => (other ? fieldsOf(other) : { ...f, day: next, ...(part ? { part } : {}) }));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkCheckin(checkinFrom(fields, existing, stampNow(), allMeasures), localDay(new Date()), allMeasures);
    if (!checked.ok) {
      setProblem(checked);
      focusField(checked.field);
      return;
    }
    setBusy(true);
    // Saved through the one record-actions layer; a refusal's reason shows in the form's message below.
    if (await actions.save([checked.value])) onSaved(checked.value.date);
    else setBusy(false);
  };

  // Text fields submit on Enter natively; scales and chips do not, and the
  // note keeps Enter for new lines, so Ctrl/Cmd+Enter saves from there.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const target = event.target;
    const submitHere =
      (target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey)) ||
      (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'));
    if (!submitHere) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  };

  return (
    <PrivateForm ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate className="checkin-form" aria-labelledby="checkin-title">
      <header className="checkin-head">
        <h2 id="checkin-title">
          {fields.part ? `${fields.part === 'morning' ? 'Morning' : 'Evening'} check-in` : 'Check-in'} for {longDay(fields.day)}
        </h2>
        <p className="muted" role="status">
          {existing ? 'You checked in on this day already; saving updates it.' : 'Rate what you like; leave the rest blank.'}
        </p>
      </header>
      <div className="checkin-columns">
        <div className="ratings">
          {CHECKIN_MEASURES.map((m) => (
            <MeasureInput key={m.key} measure={m} text={fields.measures[m.key]} errorMessage={errorFor(m.key)} onChange={setMeasure} />
          ))}
          <OwnMeasureFields measures={measures} values={fields.custom} onChange={setOwn} errorFor={errorFor} />
          {askSymptoms && <DiscontinuationSymptoms ratings={fields.symptoms} onChange={setSymptoms} />}
        </div>
        <div className="checkin-words">
          <ChoiceList legend="Triggers" noun="trigger" options={triggerOptions} chosen={fields.triggers} onChange={setTriggers} />
          <ChoiceList legend="Coping skills used" noun="coping skill" options={copingOptions} chosen={fields.coping} onChange={setCoping} />
          <TextField
            label="Note (optional)"
            name="note"
            multiline
            rows={2}
            value={fields.note}
            onChange={(v) => set('note', v)}
            description={`${fields.note.length.toLocaleString('en')} / ${NOTE_MAX.toLocaleString('en')} characters · Ctrl+Enter saves`}
            errorMessage={errorFor('note')}
          />
          <div className="checkin-row">
            <TextField label="Tags (comma-separated)" name="tags" value={fields.tags} onChange={(v) => set('tags', v)} errorMessage={errorFor('tags')} />
            <TextField label="Day" name="date" type="date" max={today} value={fields.day} onChange={(v) => changeDay(v)} errorMessage={errorFor('date')} />
          </div>
          {fields.part && <ChoiceGroup label="Which check-in" options={PARTS} value={fields.part} onChange={(p) => changeDay(fields.day, p)} />}
        </div>
      </div>
      <FormMessage>{problem && !placed.includes(problem.field) ? problem.message : actions.error}</FormMessage>
      <div className="actions checkin-actions">
        <Button type="submit" variant="primary" isDisabled={busy}>
          Save check-in
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
        <span className="muted checkin-keys">Enter saves · a digit sets a scale</span>
      </div>
    </PrivateForm>
  );
}

interface MeasureInputProps {
  measure: CheckinMeasure;
  text: string;
  errorMessage: string | undefined;
  onChange: (key: MeasureKey, text: string) => void;
}

/** One of the built-in measures; memoised, so a change elsewhere in the form does not redraw its eleven segments. */
const MeasureInput = memo(function MeasureInput({ measure: m, text, errorMessage, onChange }: MeasureInputProps) {
  return (
    // Long scales take the column's width; short ones (sleep) share a row.
    <div className={m.scale === 'rating' && m.max - m.min >= 10 ? 'measure measure-wide' : 'measure'}>
      {m.scale === 'rating' ? (
        <RatingScale
          label={m.label}
          name={m.key}
          min={m.min}
          max={m.max}
          anchors={m.anchors}
          value={text === '' ? undefined : Number(text)}
          onChange={(v) => onChange(m.key, numberText(v))}
          errorMessage={errorMessage}
        />
      ) : (
        <NumberField
          label={measureHeading(m)}
          name={m.key}
          description={`${m.min}–${m.max}, in ${m.anchors[1]}`}
          value={text}
          onChange={(v) => onChange(m.key, v)}
          errorMessage={errorMessage}
        />
      )}
    </div>
  );
});
