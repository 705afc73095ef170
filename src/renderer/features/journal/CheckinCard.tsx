import { CHECKIN_MEASURES } from '../../../shared/domain/checkin-measures';
import { importedFrom } from '../../../shared/domain/import-provenance';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { longDay } from '../../../shared/journal/days';
import { Highlighted } from './Highlighted';

interface Props {
  checkin: JournalCheckin;
  terms?: readonly string[];
  onEdit: (day: string) => void;
  onDelete: (checkin: JournalCheckin) => void;
}

/** The measures given, in the table's order, with their units: "Mood 6/10", "Sleep 7.5 h". */
const values = (c: JournalCheckin): [string, string][] =>
  CHECKIN_MEASURES.flatMap((m) => (c[m.key] === undefined ? [] : [[m.label, `${c[m.key]}${m.unit}`] as [string, string]]));

export function CheckinCard({ checkin, terms, onEdit, onDelete }: Props) {
  const day = longDay(checkin.date);
  return (
    <article className="checkin-card" aria-label={`Check-in, ${day}`} data-record-id={checkin.id}>
      <h4>Check-in</h4>
      {checkin.import && <p className="muted">{importedFrom(checkin.import.source)} (“{checkin.import.sourceLabel}”)</p>}
      <dl className="checkin-values">
        {values(checkin).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {checkin.triggers.length > 0 && (
        <p className="list-line">
          <span className="muted">Triggers: </span>
          <Highlighted text={checkin.triggers.join(', ')} terms={terms} />
        </p>
      )}
      {checkin.coping.length > 0 && (
        <p className="list-line">
          <span className="muted">Coping: </span>
          <Highlighted text={checkin.coping.join(', ')} terms={terms} />
        </p>
      )}
      {checkin.tags.length > 0 && (
        <ul className="meta" aria-label="Tags">
          {checkin.tags.map((tag) => (
            <li key={tag} className="tag">
              #<Highlighted text={tag} terms={terms} />
            </li>
          ))}
        </ul>
      )}
      {checkin.note && (
        <p className="entry-body">
          <Highlighted text={checkin.note} terms={terms} />
        </p>
      )}
      <div className="card-actions">
        <button type="button" onClick={() => onEdit(checkin.date)} aria-label={`Edit check-in of ${day}`}>
          Edit
        </button>
        <button type="button" onClick={() => onDelete(checkin)} aria-label={`Delete check-in of ${day}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
