// @vitest-environment jsdom
/**
 * A new check-in measure is one table row plus its words: this walks the
 * table and finds every measure in the form, the card, the insights chart and
 * the printed summary (and keeps the uncharted ones out of the charts).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKIN_MEASURES, measureHeading } from '../shared/domain/checkin-measures';
import type { JournalCheckin } from '../shared/domain/journal-checkin';
import { checkinSeries, measureRows } from '../shared/summary/checkins';
import { previousPeriod } from '../shared/summary/period';
import { CheckinCard } from './features/journal/CheckinCard';
import { CheckinForm } from './features/journal/CheckinForm';
import { FeelingsView } from './features/insights/FeelingsView';
import type { InsightsData } from './features/insights/useInsightsData';
import { CheckinsSection } from './features/summary/ScoreSections';
import { UndoProvider } from './ui/UndoProvider';

vi.mock('./db/useRecords', () => ({ useRecords: () => [] }));
vi.mock('./db/vault-context', () => ({ useVault: () => ({ repository: { save: vi.fn() } }) }));
// chart.js needs a real canvas; the chart's twin, the data table, names the same series.
vi.mock('./ui/charts/TimeSeriesChart', () => ({ TimeSeriesChart: () => null }));

afterEach(cleanup);

const DAY = '2026-11-20';
/** A check-in with every measure at a value inside its range. */
const full: JournalCheckin = {
  kind: 'journal.checkin',
  id: `checkin-${DAY}`,
  date: DAY,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...Object.fromEntries(CHECKIN_MEASURES.map((m) => [m.key, m.min + m.step])),
  triggers: [],
  coping: [],
  tags: [],
  note: '',
};

describe('every check-in measure comes from the one table', () => {
  it('the form has a field for each', () => {
    render(
      <UndoProvider>
        <CheckinForm day={DAY} onSaved={() => {}} onCancel={() => {}} />
      </UndoProvider>,
    );
    for (const m of CHECKIN_MEASURES) {
      const field = m.scale === 'rating' ? screen.getByRole('radiogroup', { name: m.label }) : screen.getByRole('textbox', { name: measureHeading(m) });
      expect(field, m.key).toBeTruthy();
      expect(document.querySelector(`[name="${m.key}"]`), m.key).not.toBeNull();
    }
  });

  it('the card shows each with its unit', () => {
    render(<CheckinCard checkin={full} onEdit={() => {}} onDelete={() => {}} />);
    for (const m of CHECKIN_MEASURES) {
      const term = screen.getByText(m.label, { selector: 'dt' });
      expect(term.nextElementSibling?.textContent, m.key).toBe(`${m.min + m.step}${m.unit}`);
    }
  });

  it('the insights chart draws the charted ones, and only those', async () => {
    const data = { checkins: [full], medications: [], sessions: [] } as unknown as InsightsData;
    render(<FeelingsView data={data} range={{ from: '2026-11-01', to: '2026-11-30' }} resolution="day" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    const headers = within(screen.getByRole('grid')).getAllByRole('columnheader').map((h) => h.textContent);
    for (const m of CHECKIN_MEASURES) expect(headers.includes(m.label), m.key).toBe(m.charted);
  });

  it('the printed summary lists the summary ones in its table and its chart legend', () => {
    const period = { from: '2026-11-01', to: '2026-11-30' };
    render(
      <CheckinsSection rows={measureRows([full], period)} series={checkinSeries([full], period)} period={period} previous={previousPeriod(period)} />,
    );
    const rowHeads = screen.getAllByRole('rowheader').map((h) => h.textContent);
    const legend = document.querySelector('.summary-legend')?.textContent ?? '';
    for (const m of CHECKIN_MEASURES) {
      expect(rowHeads.includes(measureHeading(m)), m.key).toBe(m.inSummary);
      expect(legend.includes(m.label), m.key).toBe(m.inSummary);
    }
  });
});
