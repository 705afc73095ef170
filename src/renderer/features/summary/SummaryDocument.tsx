import { PHQ9, PHQ9_SAFETY_ITEM } from '../../../shared/clinical/questionnaires';
import type { Summary } from '../../../shared/summary/build';
import type { SectionId } from '../../../shared/summary/sections';
import type { Audience } from '../../../shared/summary/visit';
import { formatDay } from './format';
import { AdherenceSection, MedicationsSection, SideEffectsSection } from './MedicationSections';
import { CheckinsSection, ScoresSection } from './ScoreSections';
import { EntriesSection, QuestionsSection, TherapySection } from './VisitSections';

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
  return (
    <div className="summary-flag" role="note" aria-label="Safety item">
      <p>
        <strong>PHQ-9 item 9 answered above 0 in this period</strong> — “{PHQ9.items[PHQ9_SAFETY_ITEM]}”
      </p>
      <ul className="summary-plain">
        {flags.map((f) => (
          <li key={`${f.date}-${f.answer}`}>
            {formatDay(f.date)}: {f.answer} — {f.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The printed summary. A one-cell table, so Chromium repeats the header on
 * every printed page; the footer and page numbers are @page margin boxes (summary.css).
 */
export function SummaryDocument({ summary, options }: { summary: Summary; options: DocumentOptions }) {
  const on = options.sections;
  return (
    <article className={`summary-doc paper-${options.paper.toLowerCase()}`} aria-label="Summary preview, as it will print">
      <table className="summary-frame" role="presentation">
        <thead>
          <tr>
            <td>
              <header className="summary-header">
                <span className="summary-title">
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
            <td>
              {summary.safety.length > 0 ? <SafetyFlag flags={summary.safety} /> : null}
              {on.medications ? <MedicationsSection rows={summary.medications} /> : null}
              {on.adherence ? <AdherenceSection rows={summary.medications} /> : null}
              {on.sideEffects ? <SideEffectsSection rows={summary.sideEffects} /> : null}
              {on.scores ? <ScoresSection rows={summary.scores} /> : null}
              {on.checkins ? (
                <CheckinsSection rows={summary.measures} series={summary.series} period={summary.period} previous={summary.previous} />
              ) : null}
              {on.therapy ? <TherapySection therapy={summary.therapy} /> : null}
              {on.questions ? <QuestionsSection visit={summary.visit} /> : null}
              {on.entries ? <EntriesSection entries={summary.entries} includeText={options.includeEntryText} /> : null}
            </td>
          </tr>
        </tbody>
      </table>
      <footer className="summary-screen-footer" aria-hidden="true">
        {FOOTER} · page numbers are added when printed
      </footer>
    </article>
  );
}
