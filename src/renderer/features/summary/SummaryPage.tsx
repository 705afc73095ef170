import { useEffect, useMemo, useRef, useState } from 'react';
import { buildSummary, redact } from '../../../shared/summary/build';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { defaultPeriod } from '../../../shared/summary/period';
import { DEFAULT_SECTIONS } from '../../../shared/summary/sections';
import { localNow } from '../../app/clock';
import { useSummaryInput } from './useSummaryInput';
import { pdfFileName } from './format';
import { PrintActions } from '../../app/PrintActions';
import { RedactionList } from './RedactionList';
import { SummaryDocument } from './SummaryDocument';
import { summaryOptionsForm, type SummaryOptionsValues } from './options-form';
import { SummaryOptions } from './SummaryOptions';
import { useRememberedName } from './useRememberedName';
import styles from './summary.module.css';

export function SummaryPage() {
  const input = useSummaryInput();
  const [rememberedName, rememberName] = useRememberedName();
  const [nameError, setNameError] = useState('');
  // "Now" is fixed while the page is open, so the preview does not shift under the user.
  const [now] = useState(localNow);
  const schema = useMemo(() => summaryOptionsForm(now.day), [now.day]);
  const { control, setValue, getValues } = useForm<SummaryOptionsValues>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: {
      ...defaultPeriod(input.appointments, now.day),
      audience: 'prescriber',
      sections: DEFAULT_SECTIONS.prescriber,
      name: rememberedName,
      includeEntryText: false,
      paper: 'A4',
    },
  });
  const watched = useWatch({ control });
  // The schema that puts a message on the field also decides whether there is a summary: no valid period, no PDF.
  const checked = schema.safeParse(watched);
  const options = checked.success ? checked.data : null;
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());

  const from = options?.from;
  const to = options?.to;
  const audience = options?.audience;
  const summary = useMemo(
    () => (from && to && audience ? buildSummary(input, { from, to }, now, audience) : null),
    [input, from, to, now, audience],
  );
  const shown = useMemo(() => (summary ? redact(summary, excluded) : null), [summary, excluded]);

  // The name arrives with the settings record; fill it in if the person has not typed one yet.
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current) setValue('name', rememberedName);
  }, [rememberedName, setValue]);
  const commitName = () => {
    typed.current = true;
    rememberName(getValues('name')).then(
      () => setNameError(''),
      (e: Error) => setNameError(`The name was not remembered: ${e.message}`),
    );
  };
  const toggle = (key: string, leaveOut: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (leaveOut) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <section aria-labelledby="page-title" className={`page print-sheet ${styles.page}`}>
      <div className="no-print">
        <h1 id="page-title">Appointment summary</h1>
        <p className="lead">
          One or two pages to bring to a visit: what changed, how it went, and your questions. Choose what goes in; the preview
          shows where the pages break on the paper you choose. Nothing leaves this computer unless you print it or save the PDF.
        </p>
      </div>
      <div className={styles.layout}>
        <aside className={`${styles.controls} no-print`} aria-label="Summary options">
          <SummaryOptions
            control={control}
            setValue={setValue}
            today={now.day}
            onNameTyped={() => {
              typed.current = true;
            }}
            onNameCommit={commitName}
            nameError={nameError}
          />
          {summary ? <RedactionList summary={summary} excluded={excluded} onToggle={toggle} /> : null}
          <PrintActions paper={watched.paper ?? 'A4'} fileName={pdfFileName(from ?? '', to ?? '')} disabled={!shown || !options} />
        </aside>
        <div className={styles.preview}>
          {shown && options ? (
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
