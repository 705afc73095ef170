import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { Check } from 'lucide-react';

interface Props {
  label: string;
  options: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  className?: string;
}

/** Known answers as chips that toggle (checkboxes underneath: Space toggles, Tab moves on). */
export function ChipGroup({ label, options, value, onChange, className }: Props) {
  return (
    <CheckboxGroup value={[...value]} onChange={onChange} className={['chip-group', className].filter(Boolean).join(' ')}>
      <Label className="chip-group-label">{label}</Label>
      <div className="chips">
        {options.map((option) => (
          <Checkbox key={option} value={option} className="chip">
            {({ isSelected }) => (
              <>
                {isSelected && <Check size={14} strokeWidth={2.25} aria-hidden="true" />}
                {option}
              </>
            )}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
