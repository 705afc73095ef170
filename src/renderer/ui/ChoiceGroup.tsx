import { Label, Radio, RadioGroup } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';

interface Props<T extends string> {
  label: string;
  description?: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** One choice out of a few, shown as segments (radios underneath: arrow keys move and choose). */
export function ChoiceGroup<T extends string>({ label, description, options, value, onChange }: Props<T>) {
  return (
    <RadioGroup value={value} onChange={(v) => onChange(v as T)} orientation="horizontal" className="choice-group">
      <Label className="choice-group-label">{label}</Label>
      <div className="choice-group-options">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="choice-group-option">
            {option.label}
          </Radio>
        ))}
      </div>
      <FieldNotes description={description} />
    </RadioGroup>
  );
}
