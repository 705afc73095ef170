import { ChevronDown } from 'lucide-react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

export interface Choice {
  id: string;
  label: string;
}

interface Props {
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (id: string) => void;
  /** Shown under the label, e.g. how many rows use this word. */
  hint?: string;
}

/** One mapping choice: a react-aria Select (keyboard: arrows, type-ahead, Enter, Esc). */
export function ChoiceSelect({ label, choices, value, onChange, hint }: Props) {
  return (
    <Select className="import-select" value={value} onChange={(key) => key !== null && onChange(String(key))}>
      <Label>
        {label}
        {hint && <span className="muted import-hint"> {hint}</span>}
      </Label>
      <Button className="import-select-button">
        <SelectValue />
        <ChevronDown aria-hidden size={16} strokeWidth={2} />
      </Button>
      <Popover className="import-popover">
        <ListBox className="import-listbox" items={choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} className="import-option">
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
