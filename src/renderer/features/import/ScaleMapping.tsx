import { IMPORT_MEASURES } from '../../../shared/import/measures';
import { valueKey, type ScaleChoice } from '../../../shared/import/value-scale';
import { Select, type SelectChoice as Choice } from '../../ui/Select';
import styles from './import.module.css';

const UNRATED = 'unrated';
const CHOICES: Choice[] = [
  { id: UNRATED, label: 'Leave unrated' },
  ...Array.from({ length: 11 }, (_, i) => ({ id: String(10 - i), label: `${10 - i} of 10` })),
];

const times = (n: number) => `${new Intl.NumberFormat().format(n)} ${n === 1 ? 'time' : 'times'}`;

interface Props {
  app: string;
  explanation: string;
  scales: readonly ScaleChoice[];
  onChange: (next: ScaleChoice[]) => void;
}

/**
 * Ratings whose scale the other app's file does not state: each value the
 * file uses gets a place on Cairn's 0–10 scale, or none. The value as written
 * is kept with every record either way.
 */
export function ScaleMapping({ app, explanation, scales, onChange }: Props) {
  const set = (index: number, label: string, id: string) =>
    onChange(scales.map((s, i) => (i === index ? { ...s, mapping: { ...s.mapping, [valueKey(label)]: id === UNRATED ? null : Number(id) } } : s)));
  return (
    <fieldset className={styles.mapping}>
      <legend>Your {app} ratings on Cairn&apos;s 0–10 scale</legend>
      <p className="muted">{explanation}</p>
      {scales.map((scale, index) => (
        <div key={scale.sourceName} role="group" aria-label={`${app} ${scale.sourceName} as Cairn's ${measureName(scale)}`}>
          <p className={styles.scaleTitle}>
            {app} {scale.sourceName} → Cairn&apos;s {measureName(scale)}
          </p>
          <div className={styles.grid}>
            {scale.values.map(({ label, count }) => {
              const value = scale.mapping[valueKey(label)];
              return (
                <Select
                  key={label}
                  label={`${scale.sourceName} “${label}”`}
                  hint={`(${times(count)})`}
                  choices={CHOICES}
                  value={value === null || value === undefined ? UNRATED : String(value)}
                  onChange={(id) => set(index, label, id)}
                />
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

const measureName = (scale: ScaleChoice) => (IMPORT_MEASURES.find((m) => m.key === scale.measure)?.label ?? scale.measure).toLowerCase();
