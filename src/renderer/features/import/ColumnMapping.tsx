import type { ColumnMapping as Mapping } from '../../../shared/import/any-csv';
import { DATE_FORMATS, type DateFormatId } from '../../../shared/import/dates';
import { IMPORT_MEASURES, type MeasureKey } from '../../../shared/import/measures';
import { Select, type SelectChoice as Choice } from '../../ui/Select';
import styles from './import.module.css';

const NONE = 'none';

interface Props {
  header: readonly string[];
  mapping: Mapping;
  onChange: (next: Mapping) => void;
}

/** Any CSV: the person says which column holds the date (and how it is written) and which hold what. */
export function ColumnMapping({ header, mapping, onChange }: Props) {
  const columns: Choice[] = header.map((name, i) => ({ id: String(i), label: name || `Column ${i + 1}` }));
  const optional: Choice[] = [{ id: NONE, label: 'Not in this file' }, ...columns];
  const pick = (id: string) => (id === NONE ? undefined : Number(id));
  const key = (i: number | undefined) => (i === undefined ? NONE : String(i));
  const setMeasure = (m: MeasureKey, id: string) => {
    const measures = { ...mapping.measures };
    const column = pick(id);
    if (column === undefined) delete measures[m];
    else measures[m] = column;
    onChange({ ...mapping, measures });
  };
  return (
    <fieldset className={styles.mapping}>
      <legend>Which column is which</legend>
      <div className={styles.grid}>
        <Select label="Date" choices={columns} value={String(mapping.date)} onChange={(id) => onChange({ ...mapping, date: Number(id) })} />
        <Select
          label="Dates are written like"
          choices={DATE_FORMATS.map((f) => ({ id: f.id, label: f.example }))}
          value={mapping.dateFormat}
          onChange={(id) => onChange({ ...mapping, dateFormat: id as DateFormatId })}
        />
        <Select label="Time" choices={optional} value={key(mapping.time)} onChange={(id) => onChange({ ...mapping, time: pick(id) })} />
        {IMPORT_MEASURES.map((m) => (
          <Select key={m.key} label={`${m.label} (${m.min}–${m.max})`} choices={optional} value={key(mapping.measures[m.key])} onChange={(id) => setMeasure(m.key, id)} />
        ))}
        <Select label="Tags" choices={optional} value={key(mapping.tags)} onChange={(id) => onChange({ ...mapping, tags: pick(id) })} />
        <Select label="Entry title" choices={optional} value={key(mapping.title)} onChange={(id) => onChange({ ...mapping, title: pick(id) })} />
        <Select label="Note" choices={optional} value={key(mapping.note)} onChange={(id) => onChange({ ...mapping, note: pick(id) })} />
      </div>
      <p className="muted">Columns you leave out are kept on each record as the file wrote them.</p>
    </fieldset>
  );
}
