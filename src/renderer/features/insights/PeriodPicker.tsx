import { useId, useState } from 'react';
import { customRange, PERIOD_CHOICES, type DayRange, type PeriodChoice } from '../../../shared/insights/period';
import { PrivateForm } from '../../ui/PrivateForm';

interface Props {
  choice: PeriodChoice;
  custom: DayRange;
  onChoice: (choice: PeriodChoice) => void;
  onCustom: (range: DayRange) => void;
}

/** Preset periods, or typed from/to dates that are checked before they apply. */
export function PeriodPicker({ choice, custom, onChoice, onCustom }: Props) {
  const id = useId();
  const [from, setFrom] = useState(custom.from);
  const [to, setTo] = useState(custom.to);
  const [error, setError] = useState('');

  const apply = () => {
    const result = customRange(from.trim(), to.trim());
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError('');
    onCustom(result);
  };

  return (
    <div className="insights-period">
      <label htmlFor={`${id}-period`}>Period</label>
      <select id={`${id}-period`} value={choice} onChange={(e) => onChoice(e.target.value as PeriodChoice)}>
        {PERIOD_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {choice === 'custom' && (
        <PrivateForm
          className="insights-custom"
          aria-label="Custom period"
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          <button type="submit">Show period</button>
        </PrivateForm>
      )}
      <p role="alert" className="error">
        {error}
      </p>
    </div>
  );
}
