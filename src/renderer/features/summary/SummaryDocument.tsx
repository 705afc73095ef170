import { useRef, type ReactNode } from 'react';
import { PHQ9, PHQ9_SAFETY_ITEM } from '../../../shared/clinical/questionnaires';
import type { Summary } from '../../../shared/summary/build';
import type { SectionId } from '../../../shared/summary/sections';
import type { Audience } from '../../../shared/summary/visit';
import { formatDay, plural } from './format';
import { LeftOutNote, LeftOutSection } from './LeftOut';
import { AdherenceSection, MedicationsSection, SideEffectsSection } from './MedicationSections';
import { OwnMeasuresSection } from './OwnMeasuresSection';
import { SymptomsSection } from './SymptomsSection';
import { CheckinsSection, ScoresSection } from './ScoreSections';
import { usePagination } from './usePagination';
import { EntriesSection, QuestionsSection, TherapySection } from './VisitSections';
import styles from './summary.module.css';

export const FOOTER = 'Confidential — generated on this computer by Cairn';

export interface DocumentOptions {
  name: string;
  audience: Audience;
  sections: Record<SectionId, boolean>;
  includeEntryText: boolean;
  paper: 'A4' | 'Letter';
  generatedOn: string;
}

function SafetyFlag({ flags }: { flags: Summary['safety'] }) {
  const item9 = flags.some((f) => f.source === 'phq9-item9');
  return (
    <div className={styles.flag} role="note" aria-label="Safety item">
      <p>
        <strong>Safety flag: answers on the safety path in this period</strong>
      </p>
      {item9 ? <p className={styles.subLine}>PHQ-9 item 9: “{PHQ9.items[PHQ9_SAFETY_ITEM]}” (each questionnaire’s final answer)</p> : null}
      <ul className={styles.plain}>
        {flags.map((f) => (
          <li key={`${f.date}-${f.source}-${f.text}`}>
            {formatDay(f.date)}: {f.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The printed summary. A one-cell table, so Chromium repeats the header on
 * every printed page; the footer and page numbers are @page margin boxes
 * (summary.css). Each section is a block the preview measures: a block that
 * would not fit on the page starts the next one, in the preview and in print.
 */
export function SummaryDocument({ summary, options }: { summary: Summary; options: DocumentOptions }) {
  const on = options.sections;
  const body = useRef<HTMLTableCellElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const { startsPage, pages, long } = usePagination(body, head, options.paper);
  const { leftOut } = summary;

  const blocks: { key: string; node: ReactNode }[] = [];
  const add = (key: string, node: ReactNode) => blocks.push({ key, node });
  if (summary.safety.length > 0) add('flag', <SafetyFlag flags={summary.safety} />);
  if (on.medications) add('medications', <MedicationsSection rows={summary.medications} />);
  if (on.adherence) add('adherence', <AdherenceSection rows={summary.medications} />);
  if (on.sideEffects) {
    add(
      'sideEffects',
      summary.sideEffects.length === 0 && leftOut.sideEffects > 0 ? (
        <LeftOutSection id="sum-side" title="Side effects" count={leftOut.sideEffects} />
      ) : (
        <>
          <SideEffectsSection rows={summary.sideEffects} />
          <LeftOutNote count={leftOut.sideEffects} />
        </>
      ),
    );
  }
  // With side effects: both are what the person felt on the medication, and they are left out together.
  if (on.sideEffects && summary.symptoms) add('symptoms', <SymptomsSection symptoms={summary.symptoms} />);
  if (on.scores) add('scores', <ScoresSection rows={summary.scores} />);
  if (on.checkins) {
    add('checkins', <CheckinsSection rows={summary.measures} series={summary.series} period={summary.period} previous={summary.previous} />);
    // The measures the person ticked in Settings → Measures go with the check-ins they are part of.
    if (summary.own.length > 0) add('own', <OwnMeasuresSection rows={summary.own} previous={summary.previous} />);
  }
  if (on.therapy) add('therapy', <TherapySection therapy={summary.therapy} />);
  if (on.questions) add('questions', <QuestionsSection visit={summary.visit} leftOut={leftOut.questions} />);
  if (on.entries) add('entries', <EntriesSection entries={summary.entries} includeText={options.includeEntryText} leftOut={leftOut.entries} />);

  let page = 1;
  return (
    <>
      <p className={`${styles.pageCount} no-print`} role="status">
        Prints on {plural(pages, 'page')} of {options.paper === 'A4' ? 'A4' : 'US Letter'} paper.
        {pages > 1 ? ' A dashed line shows where each new page starts.' : ''}
      </p>
      <article className={options.paper === 'Letter' ? `${styles.doc} ${styles.paperLetter}` : styles.doc} aria-label="Summary preview, with its page breaks">
        {/* eslint-disable-next-line no-restricted-syntax -- a layout frame for print (role presentation), not data: see the comment above */}
        <table className={styles.frame} role="presentation">
          <thead ref={head}>
            <tr>
              <td>
                <header className={styles.header}>
                  <span className={styles.title}>
                    Appointment summary{options.name.trim() ? ` — ${options.name.trim()}` : ''}
                  </span>
                  <span>
                    {formatDay(summary.period.from)} – {formatDay(summary.period.to)} · for the {options.audience} · generated{' '}
                    {formatDay(options.generatedOn)}
                  </span>
                </header>
              </td>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td ref={body}>
                {blocks.map((block, i) => {
                  const starts = startsPage[i] === true;
                  if (starts) page += 1;
                  return (
                    <div
                      key={block.key}
                      className={[styles.block, starts && styles.startsPage, long[i] && styles.long].filter(Boolean).join(' ')}
                      data-summary-block
                      data-starts-page={starts || undefined}
                      data-page={starts ? `Page ${page}` : undefined}
                    >
                      {block.node}
                    </div>
                  );
                })}
              </td>
            </tr>
          </tbody>
        </table>
        <footer className={styles.screenFooter} aria-hidden="true">
          {FOOTER} · page numbers are added when printed
        </footer>
      </article>
    </>
  );
}
