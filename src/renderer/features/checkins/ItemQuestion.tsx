import { Radio, RadioGroup } from 'react-aria-components';
import type { AnswerOption } from '../../../shared/clinical/questionnaires';
import styles from './checkins.module.css';
import { cx } from '../../ui/class-names';

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
    <div className={cx(styles.item, missing && styles.itemMissing)}>
      <p id={textId} className={styles.itemText}>
        {number !== undefined && <span className={styles.itemNumber}>{number}.</span>} {text}
        {note && <span className={styles.itemNote}> {note}</span>}
        {missing && <span className={styles.itemMissingTag}> Not answered</span>}
      </p>
      <RadioGroup
        name={name}
        aria-labelledby={textId}
        orientation="horizontal"
        className={styles.itemOptions}
        value={value === null ? null : String(value)}
        onChange={(chosen) => onChange(Number(chosen))}
      >
        {options.map((option) => (
          <Radio key={option.value} value={String(option.value)} className={styles.itemOption}>
            <span className={styles.itemRadio} aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </RadioGroup>
    </div>
  );
}
