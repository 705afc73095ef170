import { Checkbox as AriaCheckbox, Text } from 'react-aria-components';
import { useId } from 'react';

interface Props {
  children: string;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  /** Said after the label, under it, and read with it by screen readers. */
  description?: string;
  isDisabled?: boolean;
  name?: string;
  /**
   * The name said instead of the visible text, when the text alone would not say
   * what ticking means: a question shown as typed, ticked when it was asked, is
   * read "Asked: <question>".
   */
  'aria-label'?: string;
}

/** One tick box (react-aria: Space toggles it, the whole label is the target). */
export function Checkbox({ children, isSelected, onChange, description, isDisabled, name, 'aria-label': ariaLabel }: Props) {
  const hint = useId();
  return (
    <div className="ui-checkbox-field">
      <AriaCheckbox
        className="ui-checkbox"
        isSelected={isSelected}
        onChange={onChange}
        isDisabled={isDisabled}
        name={name}
        aria-label={ariaLabel}
        aria-describedby={description ? hint : undefined}
      >
        {children}
      </AriaCheckbox>
      {description && (
        <Text id={hint} className="ui-field-hint">
          {description}
        </Text>
      )}
    </div>
  );
}
