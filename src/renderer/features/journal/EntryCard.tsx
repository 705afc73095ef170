import { memo } from 'react';
import { importedFrom } from '../../../shared/domain/import-provenance';
import type { JournalEntry } from '../../../shared/domain/journal';
import { excerpt } from '../../../shared/journal/highlight';
import { markdownToPlain } from '../../../shared/journal/plain-text';
import { formatDay, formatTime } from '../../../shared/time/format';
import { Highlighted, sameTerms } from './Highlighted';
import { SafeMarkdown } from './SafeMarkdown';
import { PlainButton } from '../../ui/PlainButton';
import styles from './journal.module.css';

interface Props {
  entry: JournalEntry;
  /** Search words to mark; when set the body shows as a highlighted excerpt. */
  terms?: readonly string[];
  onEdit: (entry: JournalEntry) => void;
  onDelete: (entry: JournalEntry) => void;
}

export const entryName = (e: JournalEntry): string => e.title || `Untitled entry, ${formatDay(e.date)} ${formatTime(e.time)}`;

/**
 * An entry's body as read, worked out once per record: while searching, a card is redrawn on each
 * keystroke that moves its marks, and the Markdown does not change with the query. Records are never
 * changed in place (an edit is a new object), and a WeakMap lets a deleted or edited one go.
 */
const plainBodies = new WeakMap<JournalEntry, string>();
function plainBody(entry: JournalEntry): string {
  let plain = plainBodies.get(entry);
  if (plain === undefined) {
    plain = markdownToPlain(entry.body);
    plainBodies.set(entry, plain);
  }
  return plain;
}

function EntryCardView({ entry, terms, onEdit, onDelete }: Props) {
  const name = entryName(entry);
  return (
    <article className="entry" aria-label={name} data-record-id={entry.id}>
      <header>
        <h4>{entry.title ? <Highlighted text={entry.title} terms={terms} /> : 'Untitled'}</h4>
        <time dateTime={`${entry.date}T${entry.time}`}>{formatTime(entry.time)}</time>
      </header>
      {(entry.mood !== undefined || entry.shareWithProvider || entry.tags.length > 0 || entry.import) && (
        <ul className={styles.meta} aria-label="Details">
          {entry.mood !== undefined && <li>Mood {entry.mood}/10</li>}
          {entry.import && <li>{importedFrom(entry.import.source)}</li>}
          {entry.shareWithProvider && <li className={styles.shared}>Shared with provider</li>}
          {entry.tags.map((tag) => (
            <li key={tag} className="tag">
              #<Highlighted text={tag} terms={terms} />
            </li>
          ))}
        </ul>
      )}
      {terms ? (
        <p className="entry-body" data-excerpt>
          <Highlighted text={excerpt(plainBody(entry), terms)} terms={terms} />
        </p>
      ) : (
        <SafeMarkdown>{entry.body}</SafeMarkdown>
      )}
      {/* Native buttons (the kit's PlainButton): a search keystroke mounts a dozen cards, and react-aria's Button was most of a card's cost. */}
      <div className={styles.cardActions}>
        <PlainButton onPress={() => onEdit(entry)} aria-label={`Edit ${name}`}>
          Edit
        </PlainButton>
        <PlainButton onPress={() => onDelete(entry)} aria-label={`Delete ${name}`}>
          Delete
        </PlainButton>
      </div>
    </article>
  );
}

// Memoised on the record and the words marked in it: saving one check-in, or a keystroke that does not move the marks, redraws only the cards that change.
export const EntryCard = memo(
  EntryCardView,
  (a, b) => a.entry === b.entry && a.onEdit === b.onEdit && a.onDelete === b.onDelete && sameTerms(a.terms, b.terms),
);
