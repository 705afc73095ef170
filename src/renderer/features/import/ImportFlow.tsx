import { useState } from 'react';
import { Heading, ProgressBar } from 'react-aria-components';
import type { CsvTable } from '../../../shared/import/csv-reader';
import { formatCount, formatNumber, regular } from '../../../shared/time';
import { useVault } from '../vault/vault-context';
import { ColumnMapping } from './ColumnMapping';
import { commitImport, undoImport } from './commit';
import { ImportPreview } from './ImportPreview';
import { MoodMapping } from './MoodMapping';
import { useImportPlan } from './useImportPlan';
import { useParseFile } from './useParseFile';

const what = (checkins: number, entries: number) =>
  [checkins > 0 ? formatCount(checkins, regular('check-in')) : '', entries > 0 ? formatCount(entries, { one: 'journal entry', many: 'journal entries' }) : '']
    .filter(Boolean)
    .join(' and ') || 'nothing';

/** Choose a file, map it, preview, import (all or nothing), undo. */
export function ImportFlow({ onClose }: { onClose: () => void }) {
  const [parsed, parse, reset] = useParseFile();
  return (
    <>
      <Heading slot="title">Import from another app</Heading>
      {parsed.status === 'ready' ? (
        <MapAndImport key={parsed.fileName} fileName={parsed.fileName} table={parsed.table} onAnother={reset} onClose={onClose} />
      ) : (
        <>
          <p>
            Choose a CSV file exported from Daylio or from any other tracker. Cairn shows you what it found and imports nothing until you say so.
          </p>
          <label htmlFor="import-file">Exported file</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            disabled={parsed.status === 'working'}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) parse(file);
            }}
          />
          {parsed.status === 'working' && (
            <ProgressBar className="import-progress" value={Math.round(parsed.fraction * 100)}>
              {({ percentage }) => (
                <>
                  <span>
                    {parsed.phase === 'reading' ? 'Reading' : 'Reading rows of'} {parsed.fileName}… {formatNumber(Math.round(percentage ?? 0))}%
                  </span>
                  <div className="import-bar">
                    <div className="import-bar-fill" style={{ width: `${percentage ?? 0}%` }} />
                  </div>
                </>
              )}
            </ProgressBar>
          )}
          <p role="alert" className="error">
            {parsed.status === 'failed' ? `${parsed.fileName}: ${parsed.message}` : ''}
          </p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </>
  );
}

interface MapProps {
  fileName: string;
  table: CsvTable;
  onAnother: () => void;
  onClose: () => void;
}

function MapAndImport({ fileName, table, onAnother, onClose }: MapProps) {
  const { repository } = useVault();
  const { source, setSource, plan } = useImportPlan(table);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ ids: string[]; text: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const count = plan.checkins.length + plan.entries.length;

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ text: `${(error as Error).message} Nothing was changed.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const importAll = () =>
    run(async () => {
      const text = `Imported ${what(plan.checkins.length, plan.entries.length)} from ${fileName}.`;
      const ids = await commitImport(repository, plan);
      setDone({ ids, text });
      setMessage({ text, error: false });
    });

  const undo = () =>
    run(async () => {
      if (!done) return;
      await undoImport(repository, done.ids);
      setDone(null);
      setMessage({ text: `Undone: the ${formatNumber(done.ids.length)} imported records are removed again.`, error: false });
    });

  return (
    <>
      <p>
        <strong>{fileName}</strong>: {formatCount(table.rows.length, regular('row'))}
        {source.kind === 'daylio' ? ', recognised as a Daylio export.' : '. Tell Cairn which column is which.'}
      </p>
      {!done && (
        <>
          {source.kind === 'daylio' ? (
            <MoodMapping labels={source.labels} mapping={source.moods} onChange={(moods) => setSource({ ...source, moods })} />
          ) : (
            <ColumnMapping header={table.header} mapping={source.mapping} onChange={(mapping) => setSource({ kind: 'csv', mapping })} />
          )}
          <ImportPreview plan={plan} />
        </>
      )}
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : 'import-done'}>
        {message?.text}
      </p>
      <div className="actions">
        {done ? (
          <>
            <button type="button" onClick={() => void undo()} disabled={busy} aria-busy={busy}>
              Undo this import
            </button>
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => void importAll()} disabled={busy || count === 0} aria-busy={busy}>
              {busy ? 'Importing…' : count === 0 ? 'Nothing new to import' : `Import ${what(plan.checkins.length, plan.entries.length)}`}
            </button>
            <button type="button" onClick={onAnother} disabled={busy}>
              Choose another file
            </button>
            <button type="button" onClick={onClose} disabled={busy}>
              Close
            </button>
          </>
        )}
      </div>
    </>
  );
}
