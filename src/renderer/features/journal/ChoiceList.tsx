import { useState, type KeyboardEvent } from 'react';

interface Props {
  id: string;
  legend: string;
  /** What a new item is called in the add field, e.g. "trigger". */
  noun: string;
  options: readonly string[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Checkboxes from the user's own list, plus a field that adds to it. */
export function ChoiceList({ id, legend, noun, options, chosen, onChange }: Props) {
  const [extra, setExtra] = useState('');
  const [added, setAdded] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const shown = [...options, ...added.filter((a) => !options.some((o) => same(o, a)))];

  const toggle = (item: string, on: boolean) =>
    onChange(on ? [...chosen, item] : chosen.filter((c) => !same(c, item)));

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

  // Enter here adds the item; everywhere else in the form it saves.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      add();
    }
  };

  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      <div className="choices">
        {shown.map((item, i) => (
          <label key={item} className="checkbox chip" htmlFor={`${id}-${i}`}>
            <input
              id={`${id}-${i}`}
              type="checkbox"
              checked={chosen.some((c) => same(c, item))}
              onChange={(e) => toggle(item, e.target.checked)}
            />
            {item}
          </label>
        ))}
      </div>
      <div className="add-choice">
        <label htmlFor={`${id}-add`} className="visually-hidden">
          Add a {noun}
        </label>
        <input
          id={`${id}-add`}
          placeholder={`Add a ${noun}`}
          value={extra}
          maxLength={80}
          onChange={(e) => setExtra(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={problem ? true : undefined}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
