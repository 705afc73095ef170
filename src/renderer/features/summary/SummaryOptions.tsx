import { SECTIONS, SECTION_LABELS, type SectionId } from '../../../shared/summary/sections';
import type { Audience } from '../../../shared/summary/visit';

export interface OptionsState {
  from: string;
  to: string;
  audience: Audience;
  sections: Record<SectionId, boolean>;
  name: string;
  includeEntryText: boolean;
  paper: 'A4' | 'Letter';
}

interface Props {
  value: OptionsState;
  onChange: (next: Partial<OptionsState>) => void;
  onAudience: (audience: Audience) => void;
  /** The name field lost focus: remember the name for the next visit. */
  onNameCommit: () => void;
  nameError: string;
  periodError: string | null;
}

/** What goes into the summary. Every change shows at once in the preview. */
export function SummaryOptions({ value, onChange, onAudience, onNameCommit, nameError, periodError }: Props) {
  return (
    <div className="summary-options">
      <fieldset>
        <legend>Period</legend>
        <div className="summary-row">
          <div>
            <label htmlFor="summary-from">From</label>
            <input id="summary-from" type="date" value={value.from} aria-invalid={periodError ? true : undefined} onChange={(e) => onChange({ from: e.target.value })} />
          </div>
          <div>
            <label htmlFor="summary-to">To</label>
            <input id="summary-to" type="date" value={value.to} aria-invalid={periodError ? true : undefined} onChange={(e) => onChange({ to: e.target.value })} />
          </div>
        </div>
        <p role="alert" className="error">
          {periodError}
        </p>
      </fieldset>
      <fieldset>
        <legend>For whom</legend>
        {(['prescriber', 'therapist'] as const).map((a) => (
          <label key={a} className="checkbox">
            <input type="radio" name="summary-audience" checked={value.audience === a} onChange={() => onAudience(a)} />
            {a === 'prescriber' ? 'Prescriber (medication review)' : 'Therapist'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sections</legend>
        <p className="muted">The PHQ-9 item 9 flag is always included when it applies.</p>
        {SECTIONS.map((id) => (
          <label key={id} className="checkbox">
            <input type="checkbox" checked={value.sections[id]} onChange={(e) => onChange({ sections: { ...value.sections, [id]: e.target.checked } })} />
            {SECTION_LABELS[id]}
          </label>
        ))}
        <label className="checkbox">
          <input type="checkbox" checked={value.includeEntryText} onChange={(e) => onChange({ includeEntryText: e.target.checked })} />
          Include the text of shared entries (left out unless you tick this)
        </label>
      </fieldset>
      <label htmlFor="summary-name">Name on the summary (optional)</label>
      <input
        id="summary-name"
        type="text"
        maxLength={120}
        value={value.name}
        aria-describedby="summary-name-hint"
        onChange={(e) => onChange({ name: e.target.value })}
        onBlur={onNameCommit}
      />
      <p id="summary-name-hint" className="muted">
        Remembered for your next summary, encrypted with your journal.
      </p>
      <p role="alert" className="error">
        {nameError}
      </p>
      <label htmlFor="summary-paper">Paper size</label>
      <select id="summary-paper" value={value.paper} onChange={(e) => onChange({ paper: e.target.value === 'Letter' ? 'Letter' : 'A4' })}>
        <option value="A4">A4</option>
        <option value="Letter">US Letter</option>
      </select>
    </div>
  );
}
