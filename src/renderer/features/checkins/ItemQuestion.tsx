import { Radio, RadioGroup } from 'react-aria-components';
import type { AnswerOption } from '../../../shared/clinical/questionnaires';

interface Props {
  /** Radio group name and id prefix; the form finds an item's radios by it. */
  name: string;
  number?: number;
  text: string;
  note?: string;
  options: readonly AnswerOption[];
  value: number | null;
  missing?: boolean;
  onChange: (value: number) => void;
}

/**
 * One questionnaire item on one line, like the paper form: react-aria's radio
 * group (Tab reaches the group, arrow keys choose), named by the item's text.
 */
export function ItemQuestion({ name, number, text, note, options, value, missing, onChange }: Props) {
  const textId = `${name}-text`;
  return (
    <div className={`item${missing ? ' item-missing' : ''}`}>
      <p id={textId} className="item-text">
        {number !== undefined && <span className="item-number">{number}.</span>} {text}
        {note && <span className="item-note"> {note}</span>}
        {missing && <span className="item-missing-tag"> Not answered</span>}
      </p>
      <RadioGroup
        name={name}
        aria-labelledby={textId}
        orientation="horizontal"
        className="item-options"
        value={value === null ? null : String(value)}
        onChange={(chosen) => onChange(Number(chosen))}
      >
        {options.map((option) => (
          <Radio key={option.value} value={String(option.value)} className="item-option">
            <span className="item-radio" aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </RadioGroup>
    </div>
  );
}
