import type { MoodMapping as Mapping } from '../../../shared/import/daylio';
import { moodKey } from '../../../shared/import/daylio';
import { Select, type SelectChoice as Choice } from '../../ui/Select';
import styles from './import.module.css';

const UNRATED = 'unrated';
const CHOICES: Choice[] = [
  { id: UNRATED, label: 'Leave mood unrated' },
  ...Array.from({ length: 11 }, (_, i) => ({ id: String(10 - i), label: `${10 - i} of 10` })),
];

const times = (n: number) => `${new Intl.NumberFormat().format(n)} ${n === 1 ? 'entry' : 'entries'}`;

/** Daylio's mood words are the person's own: each gets a place on Cairn's 0–10 scale, or none. */
export function MoodMapping({ labels, mapping, onChange }: { labels: readonly { label: string; count: number }[]; mapping: Mapping; onChange: (next: Mapping) => void }) {
  return (
    <fieldset className={styles.mapping}>
      <legend>Your Daylio moods on Cairn&apos;s 0–10 scale</legend>
      <p className="muted">
        Cairn suggests a value for Daylio&apos;s five standard moods. Words you named yourself start unrated: choose where each belongs. The
        word itself is kept with every check-in.
      </p>
      <div className={styles.grid}>
        {labels.map(({ label, count }) => {
          const value = mapping[moodKey(label)];
          return (
            <Select
              key={label}
              label={`“${label}”`}
              hint={`(${times(count)})`}
              choices={CHOICES}
              value={value === null || value === undefined ? UNRATED : String(value)}
              onChange={(id) => onChange({ ...mapping, [moodKey(label)]: id === UNRATED ? null : Number(id) })}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
