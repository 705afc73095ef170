import { memo } from 'react';
import { CHECKIN_MEASURES } from '../../../shared/domain/checkin-measures';
import { importedFrom } from '../../../shared/domain/import-provenance';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { longDay } from '../../../shared/journal/days';
import { ownMeasureLines } from '../../../shared/journal/own-measure-text';
import { useRecords } from '../../db/useRecords';
import { checkinParam } from './checkin-fields';
import { Highlighted, sameTerms } from './Highlighted';
import { PlainButton } from '../../ui/PlainButton';
import styles from './journal.module.css';

interface Props {
  checkin: JournalCheckin;
  terms?: readonly string[];
  onEdit: (day: string) => void;
  onDelete: (checkin: JournalCheckin) => void;
}

/** The measures given, in the table's order, with their units: "Mood 6/10", "Sleep 7.5 h". */
const values = (c: JournalCheckin): [string, string][] =>
  CHECKIN_MEASURES.flatMap((m) => (c[m.key] === undefined ? [] : [[m.label, `${c[m.key]}${m.unit}`] as [string, string]]));

function CheckinCardView({ checkin, terms, onEdit, onDelete }: Props) {
  const measures = useRecords('journal.measure');
  const title = checkin.part === 'morning' ? 'Morning check-in' : checkin.part === 'evening' ? 'Evening check-in' : 'Check-in';
  const day = longDay(checkin.date);
  const own = ownMeasureLines(checkin, measures);
  return (
    <article className={styles.checkinCard} aria-label={`${title}, ${day}`} data-record-id={checkin.id}>
      <h4>{title}</h4>
      {checkin.import && <p className="muted">{importedFrom(checkin.import.source)} (“{checkin.import.sourceLabel}”)</p>}
      <dl className={styles.checkinValues}>
        {values(checkin).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {own.map((line) => (
          <div key={line.id}>
            <dt>
              <Highlighted text={line.label} terms={terms} />
            </dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      {checkin.triggers.length > 0 && (
        <p className={styles.listLine}>
          <span className="muted">Triggers: </span>
          <Highlighted text={checkin.triggers.join(', ')} terms={terms} />
        </p>
      )}
      {checkin.coping.length > 0 && (
        <p className={styles.listLine}>
          <span className="muted">Coping: </span>
          <Highlighted text={checkin.coping.join(', ')} terms={terms} />
        </p>
      )}
      {checkin.tags.length > 0 && (
        <ul className={styles.meta} aria-label="Tags">
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
      {/* Native buttons (the kit's PlainButton): a search keystroke mounts a dozen cards, and react-aria's Button was most of a card's cost. */}
      <div className={styles.cardActions}>
        <PlainButton onPress={() => onEdit(checkinParam(checkin))} aria-label={`Edit ${title.toLowerCase()} of ${day}`}>
          Edit
        </PlainButton>
        <PlainButton onPress={() => onDelete(checkin)} aria-label={`Delete ${title.toLowerCase()} of ${day}`}>
          Delete
        </PlainButton>
      </div>
    </article>
  );
}

// Memoised on the record and the words marked in it: saving one check-in, or a keystroke that does not move the marks, redraws only the cards that change.
export const CheckinCard = memo(
  CheckinCardView,
  (a, b) => a.checkin === b.checkin && a.onEdit === b.onEdit && a.onDelete === b.onDelete && sameTerms(a.terms, b.terms),
);
