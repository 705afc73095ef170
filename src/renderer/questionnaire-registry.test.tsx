// @vitest-environment jsdom
/**
 * A new questionnaire is a registry entry (shared/clinical/questionnaires.ts)
 * plus its record schema (shared/domain/assessment.ts): this registers a
 * made-up third one here, in the test, and finds it in the form, the history,
 * the insights chart, the printed summary's scores, the export list and the
 * kind labels without touching any of them. And no other source file names a
 * particular questionnaire in code, so there is nothing else to edit.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Questionnaire, QuestionnaireId } from '../shared/clinical/questionnaires';
import type { AssessmentRecord } from '../shared/domain/assessment';

const THIRD = {
  id: 'test3' as QuestionnaireId,
  kind: 'assessment.test3' as Questionnaire['kind'],
  name: 'TEST-3',
  formTitle: 'A made-up questionnaire for this test',
  topic: 'wellbeing',
  stem: 'Over the last 2 weeks, how often…',
  items: ['First made-up item', 'Second made-up item', 'Third made-up item'],
  answers: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Often' },
  ],
  maxTotal: 3,
  bands: [
    { min: 0, max: 1, label: 'low' },
    { min: 2, max: 3, label: 'high' },
  ],
  caseness: 2,
  reliableChange: 2,
  remissionBelow: 1,
} satisfies Questionnaire;

// Registered the way a real one is: one more entry in the registry, nothing else.
vi.mock('../shared/clinical/questionnaires', async (importOriginal) => {
  const real = await importOriginal<typeof import('../shared/clinical/questionnaires')>();
  (real.QUESTIONNAIRE_LIST as Questionnaire[]).push(THIRD);
  (real.QUESTIONNAIRES as Record<string, Questionnaire>)[THIRD.id] = THIRD;
  return real;
});

const taken = (date: string, answers: number[]) =>
  ({ kind: THIRD.kind, id: `t3-${date}`, date, answers, createdAt: `${date}T09:00:00.000Z`, updatedAt: `${date}T09:00:00.000Z` }) as unknown as AssessmentRecord;
const RECORDS = [taken('2026-11-02', [1, 1, 1]), taken('2026-11-20', [0, 1, 0])];

vi.mock('./db/useRecords', () => ({
  useRecords: (kind: string) => RECORDS.filter((r) => r.kind === kind),
  useRecordsOfKinds: (kinds: string[]) => RECORDS.filter((r) => kinds.includes(r.kind)),
}));
vi.mock('./db/vault-context', () => ({ useVault: () => ({ repository: { store: { get: () => undefined }, save: vi.fn() } }) }));
vi.mock('./app/safety/useSafetyPath', () => ({ useSafetyPath: () => ({ open: vi.fn() }) }));
// chart.js needs a real canvas; the panel's heading and table name the same series.
vi.mock('./ui/charts/TimeSeriesChart', () => ({ TimeSeriesChart: () => null }));
vi.mock('./features/checkins/HistoryChart', () => ({ HistoryChart: () => null }));

afterEach(cleanup);

async function renderCheckins(url: string) {
  const { CheckinsPage } = await import('./features/checkins/CheckinsPage');
  const { UndoProvider } = await import('./ui/UndoProvider');
  render(
    <MemoryRouter initialEntries={[url]}>
      <UndoProvider>
        <CheckinsPage />
      </UndoProvider>
    </MemoryRouter>,
  );
}

describe('a third questionnaire registered in one place', () => {
  it('gets a card and a history on the Check-ins page', async () => {
    await renderCheckins('/check-ins');
    expect(screen.getByRole('heading', { name: 'TEST-3 (wellbeing)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'TEST-3 history' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Take the TEST-3|Take TEST-3|TEST-3/ })).toBeTruthy();
  });

  it('can be taken: the form asks its own items', async () => {
    await renderCheckins('/check-ins?take=test3');
    for (const item of THIRD.items) expect(screen.getAllByText(item, { exact: false }).length).toBeGreaterThan(0);
  });

  it('is charted in insights and scored in the printed summary', async () => {
    const { ScoresView } = await import('./features/insights/ScoresView');
    render(<ScoresView data={{ assessments: RECORDS, medications: [] } as never} range={{ from: '2026-11-01', to: '2026-11-30' }} />);
    expect(screen.getByRole('heading', { name: 'TEST-3 (wellbeing) totals' })).toBeTruthy();

    const { buildSummary } = await import('../shared/summary/build');
    const { byQuestionnaire } = await import('../shared/clinical/questionnaires');
    const empty = { medications: [], doses: [], sideEffects: [], checkins: [], sessions: [], goals: [], thoughtRecords: [], diaryCards: [], exposures: [], practice: [], appointments: [], entries: [] };
    const summary = buildSummary({ ...empty, ...byQuestionnaire(RECORDS) } as never, { from: '2026-11-01', to: '2026-11-30' }, { day: '2026-11-30', time: '10:00' }, 'prescriber');
    const row = summary.scores.find((s) => s.instrument === 'TEST-3');
    expect(row?.takings.map((t) => t.total)).toEqual([3, 1]);
  });

  it('is named in the kind labels and the heading phrase', async () => {
    const { KIND_LABELS } = await import('../shared/domain/kind-labels');
    expect((KIND_LABELS as Record<string, unknown>)[THIRD.kind]).toEqual({ one: 'TEST-3 questionnaire', many: 'TEST-3 questionnaires' });
  });
});

/** Every source file (tests and test helpers aside) under src/ and electron/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/testing\.ts$/.test(name) ? [path] : [];
  });
}

describe('the files a new questionnaire touches', () => {
  it('only the registry and the record schemas name GAD-7 in code (it has no rule of its own, so any other file naming it would need a line for a new one too)', () => {
    const root = join(__dirname, '..', '..');
    const naming = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'electron'))]
      .filter((file) => /\b(gad7|GAD7|Gad7)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
      .sort();
    expect(naming).toEqual(['src/shared/clinical/questionnaires.ts', 'src/shared/domain/assessment.ts']);
  });
});
