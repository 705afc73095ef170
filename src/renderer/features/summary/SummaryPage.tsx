import { useEffect, useMemo, useRef, useState } from 'react';
import { buildSummary, redact } from '../../../shared/summary/build';
import { defaultPeriod, periodProblem } from '../../../shared/summary/period';
import { DEFAULT_SECTIONS } from '../../../shared/summary/sections';
import type { Audience } from '../../../shared/summary/visit';
import { localNow } from '../../app/clock';
import { useSummaryInput } from './useSummaryInput';
import { pdfFileName } from './format';
import { PrintActions } from '../../app/PrintActions';
import { RedactionList } from './RedactionList';
import { SummaryDocument } from './SummaryDocument';
import { SummaryOptions, type OptionsState } from './SummaryOptions';
import { useRememberedName } from './useRememberedName';
import './summary.css';

export function SummaryPage() {
  const input = useSummaryInput();
  const [rememberedName, rememberName] = useRememberedName();
  const [nameError, setNameError] = useState('');
  // "Now" is fixed while the page is open, so the preview does not shift under the user.
  const [now] = useState(localNow);
  const [options, setOptions] = useState<OptionsState>(() => ({
    ...defaultPeriod(input.appointments, now.day),
    audience: 'prescriber',
    sections: DEFAULT_SECTIONS.prescriber,
    name: rememberedName,
    includeEntryText: false,
    paper: 'A4',
  }));
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());

  const period = useMemo(() => ({ from: options.from, to: options.to }), [options.from, options.to]);
  const problem = periodProblem(period, now.day);
  const summary = useMemo(
    () => (problem ? null : buildSummary(input, period, now, options.audience)),
    [problem, input, period, now, options.audience],
  );
  const shown = useMemo(() => (summary ? redact(summary, excluded) : null), [summary, excluded]);

  const change = (next: Partial<OptionsState>) => setOptions((o) => ({ ...o, ...next }));
  // The name arrives with the settings record; fill it in if the person has not typed one yet.
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) setOptions((o) => ({ ...o, name: rememberedName }));
  }, [rememberedName]);
  const commitName = () => {
    typed.current = true;
    rememberName(options.name).then(
      () => setNameError(''),
      (e: Error) => setNameError(`The name was not remembered: ${e.message}`),
    );
  };
  const chooseAudience = (audience: Audience) => change({ audience, sections: DEFAULT_SECTIONS[audience] });
  const toggle = (key: string, leaveOut: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (leaveOut) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <section aria-labelledby="page-title" className="page summary-page">
      <div className="no-print">
        <h1 id="page-title">Appointment summary</h1>
        <p className="lead">
          One or two pages to bring to a visit: what changed, how it went, and your questions. Choose what goes in; the preview
          shows where the pages break on the paper you choose. Nothing leaves this computer unless you print it or save the PDF.
        </p>
      </div>
      <div className="summary-layout">
        <aside className="summary-controls no-print" aria-label="Summary options">
          <SummaryOptions
            value={options}
            onChange={(next) => {
              if (next.name !== undefined) typed.current = true;
              change(next);
            }}
            onAudience={chooseAudience}
            onNameCommit={commitName}
            nameError={nameError}
            periodError={problem}
          />
          {summary ? <RedactionList summary={summary} excluded={excluded} onToggle={toggle} /> : null}
          <PrintActions paper={options.paper} fileName={pdfFileName(options.from, options.to)} disabled={!shown} />
        </aside>
        <div className="summary-preview">
          {shown ? (
            <SummaryDocument
              summary={shown}
              options={{ ...options, generatedOn: now.day }}
            />
          ) : (
            <p className="muted no-print">Choose a valid period to see the summary.</p>
          )}
        </div>
      </div>
    </section>
  );
}
