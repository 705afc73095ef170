import { Label, Radio, RadioGroup } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';
import './RadioList.css';

interface Props<T extends string> {
  label: string;
  description?: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  isDisabled?: boolean;
}

/**
 * One choice out of a few whose words are a sentence each, one under another
 * (ChoiceGroup's segments suit short words). Radios underneath: arrow keys move and choose.
 */
export function RadioList<T extends string>({ label, description, options, value, onChange, isDisabled }: Props<T>) {
  return (
    <RadioGroup value={value} onChange={(v) => onChange(v as T)} isDisabled={isDisabled} className="ui-radio-list">
      <Label className="ui-radio-list-label">{label}</Label>
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="ui-radio">
          {option.label}
        </Radio>
      ))}
      <FieldNotes description={description} />
    </RadioGroup>
  );
}
