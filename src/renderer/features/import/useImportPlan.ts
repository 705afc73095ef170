import { useMemo, useState, useSyncExternalStore } from 'react';
import { mapAnyCsv, suggestMapping, type ColumnMapping } from '../../../shared/import/any-csv';
import type { CsvTable } from '../../../shared/import/csv-reader';
import { guessDateFormat } from '../../../shared/import/dates';
import { daylioMoodLabels, defaultMoodMapping, isDaylio, mapDaylio, type MoodMapping } from '../../../shared/import/daylio';
import { planImport, type ImportPlan } from '../../../shared/import/plan';
import { localDay } from '../../../shared/local-date';
import { useVault } from '../vault/vault-context';

export type Source = { kind: 'daylio'; labels: { label: string; count: number }[]; moods: MoodMapping } | { kind: 'csv'; mapping: ColumnMapping };

function firstSource(table: CsvTable, today: string): Source {
  if (isDaylio(table.header)) {
    const labels = daylioMoodLabels(table);
    return { kind: 'daylio', labels, moods: defaultMoodMapping(labels) };
  }
  const mapping = suggestMapping(table.header, 'yyyy-MM-dd');
  const format = guessDateFormat(table.rows.map((r) => r.cells[mapping.date] ?? ''), today);
  return { kind: 'csv', mapping: { ...mapping, dateFormat: format ?? 'yyyy-MM-dd' } };
}

/** The mapping the person is choosing, and the plan it makes against what is stored now. */
export function useImportPlan(table: CsvTable) {
  const { repository } = useVault();
  const store = repository.store;
  // Re-plan when the store changes (an import or an undo), so the preview never shows stale counts.
  const version = useSyncExternalStore(store.subscribe, () => store.ofKind('journal.checkin'));
  const entries = useSyncExternalStore(store.subscribe, () => store.ofKind('journal.entry'));
  const today = localDay();
  const [source, setSource] = useState<Source>(() => firstSource(table, today));
  const plan: ImportPlan = useMemo(() => {
    const mapped = source.kind === 'daylio' ? mapDaylio(table, source.moods, today) : mapAnyCsv(table, source.mapping, today);
    mapped.skipped.push(...table.problems.map((p) => ({ line: p.line, reason: `Line ${p.line} ${p.reason}` })));
    void version;
    void entries;
    return planImport(mapped, (id) => store.get(id), new Date().toISOString());
  }, [table, source, today, store, version, entries]);
  return { source, setSource, plan };
}
