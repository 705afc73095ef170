import { useEffect, useState, useSyncExternalStore } from 'react';
import { Heading } from 'react-aria-components';
import { SOURCE_TITLES, type SourceSettings } from '../../../shared/import/sources';
import { storedIndex } from '../../../shared/import/stored-index';
import { formatCount, formatNumber, regular } from '../../../shared/time';
import { useVault } from '../../db/vault-context';
import { Button } from '../../ui/Button';
import { FileField } from '../../ui/FileField';
import { FormMessage } from '../../ui/FormMessage';
import { ColumnMapping } from './ColumnMapping';
import { commitImport, undoImport } from './commit';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { MoodMapping } from './MoodMapping';
import { ScaleMapping } from './ScaleMapping';
import { useImportWorker, type FileState, type ImportWorker } from './useImportWorker';

const what = (checkins: number, entries: number) =>
  [checkins > 0 ? formatCount(checkins, regular('check-in')) : '', entries > 0 ? formatCount(entries, { one: 'journal entry', many: 'journal entries' }) : '']
    .filter(Boolean)
    .join(' and ') || 'nothing';

const EXPLAIN = {
  bearable:
    'Bearable’s mood and energy ratings start at the same number on Cairn’s 0–10 scale; change any value that means something else to you. ' +
    'Factors become tags and notes become journal entries. Symptoms, medications, sleep, gratitudes and every other category are kept with each day exactly as Bearable wrote them.',
  emoods:
    'eMoods rates anxiety and irritability by severity, and the file does not say what each number means, so every value starts unrated: choose where each belongs, or leave it. ' +
    'Sleep is imported in hours and notes become journal entries. Depressed, elevated, weight, medications and every original value are kept with each day exactly as eMoods wrote them.',
};

/** Choose a file, map it, preview, import (all or nothing), undo. */
export function ImportFlow({ onClose }: { onClose: () => void }) {
  const importer = useImportWorker();
  const { file, progress } = importer;
  return (
    <>
      <Heading slot="title">Import from another app</Heading>
      {file.status === 'ready' ? (
        <MapAndImport key={`${file.fileName}-${file.rowCount}`} file={file} importer={importer} onClose={onClose} />
      ) : (
        <>
          <p>
            Choose a CSV file exported from Daylio, Bearable, eMoods or any other tracker. Cairn shows you what it found and imports nothing until you say so.
          </p>
          <FileField
            id="import-file"
            label="Exported file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            isDisabled={progress !== null}
            onChoose={importer.choose}
            errorMessage={file.status === 'failed' ? `${file.fileName}: ${file.message}` : undefined}
          />
          {progress && <ImportProgress {...progress} />}
          <div className="actions">
            <Button onPress={onClose}>Close</Button>
          </div>
        </>
      )}
    </>
  );
}

interface MapProps {
  file: Extract<FileState, { status: 'ready' }>;
  importer: ImportWorker;
  onClose: () => void;
}

function MapAndImport({ file, importer, onClose }: MapProps) {
  const { repository } = useVault();
  const store = repository.store;
  // Re-plan when the store changes (an import or an undo), so the preview never shows stale counts.
  const checkins = useSyncExternalStore(store.subscribe, () => store.ofKind('journal.checkin'));
  const entries = useSyncExternalStore(store.subscribe, () => store.ofKind('journal.entry'));
  const [source, setSource] = useState<SourceSettings>(file.source);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ ids: string[]; text: string } | null>(null);
  /** What happened, said in the one place for each: a failure as the form's message, a success as a status. */
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { plan, records, progress, preview: answered, planId } = importer;

  useEffect(() => plan(source, storedIndex(checkins, entries)), [plan, source, checkins, entries]);

  const preview = answered?.id === planId ? answered.preview : null;
  const count = preview ? preview.checkins + preview.entries : 0;

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
      if (!preview) return;
      const text = `Imported ${what(preview.checkins, preview.entries)} from ${file.fileName}.`;
      const ids = await commitImport(repository, await records(), preview.checkins + preview.entries);
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
        <strong>{file.fileName}</strong>: {formatCount(file.rowCount, regular('row'))}
        {source.kind === 'csv' ? '. Tell Cairn which column is which.' : `, recognised as ${SOURCE_TITLES[source.kind]}.`}
      </p>
      {!done && (
        <>
          {source.kind === 'daylio' ? (
            <MoodMapping labels={source.labels} mapping={source.moods} onChange={(moods) => setSource({ ...source, moods })} />
          ) : source.kind === 'bearable' ? (
            <ScaleMapping app="Bearable" explanation={EXPLAIN.bearable} scales={source.scales} onChange={(scales) => setSource({ ...source, scales })} />
          ) : source.kind === 'emoods' ? (
            <ScaleMapping app="eMoods" explanation={EXPLAIN.emoods} scales={source.scales} onChange={(scales) => setSource({ ...source, scales })} />
          ) : (
            <ColumnMapping header={file.header} mapping={source.mapping} onChange={(mapping) => setSource({ kind: 'csv', mapping })} />
          )}
          {preview ? <ImportPreview preview={preview} /> : progress && <ImportProgress {...progress} />}
        </>
      )}
      <FormMessage>{message?.error ? message.text : ''}</FormMessage>
      <p role="status">
        {message && !message.error ? message.text : ''}
      </p>
      <div className="actions">
        {done ? (
          <>
            <Button onPress={() => void undo()} isDisabled={busy}>
              Undo this import
            </Button>
            <Button variant="primary" onPress={onClose}>
              Done
            </Button>
          </>
        ) : (
          <>
            <Button variant="primary" onPress={() => void importAll()} isDisabled={busy || !preview || count === 0}>
              {busy ? 'Importing…' : !preview ? 'Preparing the preview…' : count === 0 ? 'Nothing new to import' : `Import ${what(preview.checkins, preview.entries)}`}
            </Button>
            <Button onPress={importer.reset} isDisabled={busy}>
              Choose another file
            </Button>
            <Button onPress={onClose} isDisabled={busy}>
              Close
            </Button>
          </>
        )}
      </div>
    </>
  );
}
