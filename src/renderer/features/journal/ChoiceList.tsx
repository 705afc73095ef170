import { Plus } from 'lucide-react';
import { memo, useState } from 'react';
import { Button } from '../../ui/Button';
import { ChipGroup } from '../../ui/ChipGroup';
import { TextField } from '../../ui/TextField';
import checkin from './checkin.module.css';

interface Props {
  legend: string;
  /** What a new item is called in the add field, e.g. "trigger". */
  noun: string;
  options: readonly string[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The person's own list as chips, plus a field that adds to it. */
// Memoised: the check-in form re-renders while it saves, and these need not.
export const ChoiceList = memo(function ChoiceList({ legend, noun, options, chosen, onChange }: Props) {
  const [extra, setExtra] = useState('');
  const [added, setAdded] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const shown = [...options, ...added.filter((a) => !options.some((o) => same(o, a)))];
  // The chips compare exactly; keep the chosen spelling that matches a shown chip.
  const value = shown.filter((s) => chosen.some((c) => same(c, s)));

  const add = () => {
    const item = extra.trim().replace(/\s+/g, ' ');
    if (!item) return;
    if (item.length > 60) return setProblem(`Keep each ${noun} under 60 characters.`);
    setProblem('');
    const existing = shown.find((s) => same(s, item));
    if (!existing) setAdded([...added, item]);
    if (!chosen.some((c) => same(c, item))) onChange([...chosen, existing ?? item]);
    setExtra('');
  };

  return (
    <div className="choice-list">
      <ChipGroup label={legend} options={shown} value={value} onChange={onChange} />
      <div className={checkin.addChoice}>
        <TextField
          aria-label={`Add a ${noun}`}
          placeholder={`Add a ${noun}`}
          value={extra}
          maxLength={80}
          onChange={setExtra}
          errorMessage={problem}
          // Enter here adds the item; everywhere else in the form it saves.
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <Button variant="quiet" onPress={add} aria-label={`Add ${noun}`}>
          <Plus size={16} aria-hidden="true" />
          Add
        </Button>
      </div>
    </div>
  );
});
