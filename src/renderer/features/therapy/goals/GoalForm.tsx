import { useState, type FormEvent } from 'react';
import { GOAL_STATUSES, GOAL_STATUS_LABELS, MODALITIES, MODALITY_LABELS, type GoalStatus, type Modality, type TherapyGoal } from '../../../../shared/domain/therapy';
import { PrivateForm } from '../../../ui/PrivateForm';
import { DateField, ErrorLine, SelectField, TextArea, TextField } from '../fields';
import { recordMeta, today } from '../format';
import { useRecordActions } from '../../../db/useRecordActions';
import { clearIfSaved } from '../../../ui/clear-saved';
import { Button } from '../../../ui/Button';

export function GoalForm() {
  const { save, error, busy } = useRecordActions();
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [modality, setModality] = useState<Modality | ''>('');
  const [startDate, setStartDate] = useState(today());
  const [targetDate, setTargetDate] = useState('');
  const [status, setStatus] = useState<GoalStatus>('active');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const goal: TherapyGoal = {
      kind: 'therapy.goal',
      ...recordMeta(),
      title: title.trim(),
      why,
      modality: modality || undefined,
      startDate,
      targetDate: targetDate || undefined,
      status,
      checkIns: [],
    };
    if (await save([goal])) {
      clearIfSaved(setTitle, title, '');
      clearIfSaved(setWhy, why, '');
      clearIfSaved(setTargetDate, targetDate, '');
    }
  };

  return (
    <PrivateForm className="th-form" onSubmit={submit} noValidate aria-label="New goal">
      <h3>New goal</h3>
      <TextField label="Goal" value={title} onChange={setTitle} />
      <TextArea label="Why it matters" value={why} onChange={setWhy} rows={2} />
      <div className="th-field-row">
        <SelectField label="Kind of therapy" value={modality} onChange={(v) => setModality(v as Modality | '')}>
          <option value="">Not specific</option>
          {MODALITIES.map((m) => (
            <option key={m} value={m}>
              {MODALITY_LABELS[m]}
            </option>
          ))}
        </SelectField>
        <DateField label="Start date" value={startDate} onChange={setStartDate} />
        <DateField label="Target date (optional)" value={targetDate} onChange={setTargetDate} />
        <SelectField label="Status" value={status} onChange={(v) => setStatus(v as GoalStatus)}>
          {GOAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {GOAL_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" isDisabled={busy}>
        Add goal
      </Button>
    </PrivateForm>
  );
}
