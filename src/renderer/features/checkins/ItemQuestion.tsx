import type { AnswerOption } from '../../../shared/clinical/questionnaires';

interface Props {
  /** Radio group name and id prefix. */
  name: string;
  number?: number;
  text: string;
  note?: string;
  options: readonly AnswerOption[];
  value: number | null;
  missing?: boolean;
  onChange: (value: number) => void;
}

/** One questionnaire item on one line. Native radios: Tab reaches the group, arrow keys choose. */
export function ItemQuestion({ name, number, text, note, options, value, missing, onChange }: Props) {
  const textId = `${name}-text`;
  return (
    <div className={`item${missing ? ' item-missing' : ''}`}>
      <p id={textId} className="item-text">
        {number !== undefined && <span className="item-number">{number}.</span>} {text}
        {note && <span className="item-note"> {note}</span>}
        {missing && <span className="item-missing-tag"> Not answered</span>}
      </p>
      <div role="radiogroup" aria-labelledby={textId} className="item-options">
        {options.map((option) => (
          <label key={option.value} className="item-option">
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
