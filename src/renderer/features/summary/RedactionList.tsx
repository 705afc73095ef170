import type { Summary } from '../../../shared/summary/build';
import { Checkbox } from '../../ui/Checkbox';
import { formatDay } from './format';
import styles from './summary.module.css';

interface Props {
  summary: Summary;
  excluded: ReadonlySet<string>;
  onToggle: (key: string, leaveOut: boolean) => void;
}

/** Lets the user leave out any single side effect, entry or question before printing. */
export function RedactionList({ summary, excluded, onToggle }: Props) {
  const groups = [
    { title: 'Side effects', items: summary.sideEffects.map((s) => ({ key: s.key, label: s.symptom })) },
    { title: 'Questions', items: summary.visit.questions.map((q) => ({ key: q.key, label: q.text })) },
    { title: 'Shared entries', items: summary.entries.map((e) => ({ key: e.key, label: `${formatDay(e.date)}: ${e.title || 'Untitled entry'}` })) },
  ].filter((g) => g.items.length > 0);
  return (
    <fieldset className="summary-redaction">
      <legend>Leave out single items</legend>
      {groups.length === 0 ? <p className="muted">Nothing to leave out: there are no side effects, questions or shared entries in this period.</p> : null}
      {groups.map((g) => (
        <div key={g.title}>
          <p className={styles.group}>{g.title}</p>
          {g.items.map((item) => (
            <Checkbox key={item.key} isSelected={excluded.has(item.key)} onChange={(leaveOut) => onToggle(item.key, leaveOut)}>
              {`Leave out “${item.label}”`}
            </Checkbox>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
