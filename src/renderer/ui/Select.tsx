import type { Ref } from 'react';
import { ChevronDown } from 'lucide-react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue } from 'react-aria-components';
import { FieldNotes } from './FieldNotes';

export interface SelectChoice {
  id: string;
  label: string;
}

interface Props {
  label: string;
  choices: readonly SelectChoice[];
  value: string;
  onChange: (id: string) => void;
  /** Said beside the label (e.g. how many rows use this word). */
  hint?: string;
  /** Said under the field and read with it. */
  description?: string;
  className?: string;
  /** The label is read by screen readers but not shown (a row whose text already says what the choice is for). */
  labelHidden?: boolean;
  /** Cairn's own message for this choice (from the form's schema); shown under it and announced. */
  errorMessage?: string;
  /** The button, so a refused form can put focus on the choice its message names. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * One choice out of many on react-aria's Select: a button that opens a list
 * (keyboard: Enter or the arrows open it, type-ahead, Enter picks, Esc closes).
 * For two to five choices, ChoiceGroup shows them all at once instead.
 */
export function Select({ label, choices, value, onChange, hint, description, className, labelHidden, errorMessage, buttonRef }: Props) {
  return (
    <AriaSelect className={['ui-select', className].filter(Boolean).join(' ')} value={value} onChange={(key) => key !== null && onChange(String(key))} isInvalid={Boolean(errorMessage)} validationBehavior="aria">
      <Label className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
        {hint && <span className="ui-select-hint"> {hint}</span>}
      </Label>
      <Button className="ui-select-button" ref={buttonRef}>
        <SelectValue />
        <ChevronDown aria-hidden size={16} strokeWidth={2} />
      </Button>
      <FieldNotes description={description} errorMessage={errorMessage} />
      <Popover className="ui-select-popover">
        <ListBox className="ui-select-listbox" items={choices}>
          {(choice) => (
            <ListBoxItem id={choice.id} className="ui-select-option">
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
