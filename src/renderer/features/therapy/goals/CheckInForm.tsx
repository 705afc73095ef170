import { useState, type FormEvent } from 'react';
import type { TherapyGoal } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, ErrorLine, NumberField, TextField } from '../fields';
import { numberOrUndefined, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { newId } from '../../../db/record-stamp';
import { clearIfSaved } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';

export function CheckInForm({ goal }: { goal: TherapyGoal }) {
  const { update, error, busy } = useRecordActions();
  const [date, setDate] = useState(today());
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checkIn = { id: newId(), date, score: numberOrUndefined(score) as number, note };
    if (await update<'therapy.goal'>(goal.id, (g) => ({ ...g, checkIns: [...g.checkIns, checkIn] }))) {
      clearIfSaved(setScore, score, '');
      clearIfSaved(setNote, note, '');
    }
  };

  return (
    <PrivateForm className="th-inline-form" onSubmit={submit} noValidate aria-label={`Check in on ${goal.title}`}>
      <div className="th-field-row">
        <DateField label="Check-in date" value={date} onChange={setDate} />
        <NumberField label="Progress (0–10)" min={0} max={10} value={score} onChange={setScore} />
        <TextField label="Note (optional)" value={note} onChange={setNote} />
        <Button type="submit" isDisabled={busy}>
          Add check-in
        </Button>
      </div>
      <ErrorLine error={error} />
    </PrivateForm>
  );
}
