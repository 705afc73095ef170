import { NotebookPen } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { shortDay } from '../../../shared/journal/days';
import { localDay } from '../../../shared/local-date';
import { perDay } from '../../../shared/journal/per-day';
import { byPart } from '../../../shared/journal/timeline';
import { useRecords } from '../../db/useRecords';
import { useRecordActions } from '../../db/useRecordActions';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { PageHeader } from '../../ui/PageHeader';
import { CheckinDialog } from './CheckinDialog';
import { DayView } from './DayView';
import { EntryEditor } from './EntryEditor';
import { noFilters } from './JournalFilters';
import { JournalListing } from './JournalListing';
import styles from './journal.module.css';
import { MonthView } from './MonthView';
import { CHECKIN_ARIA_SHORTCUT, CHECKIN_SHORTCUT_LABEL, useCheckinShortcut } from './useCheckinShortcut';
import { useEntryForm } from './useEntryForm';
import { useStableHandler } from './useStableHandler';
import { cx } from '../../ui/class-names';

export function JournalPage() {
  const { remove, error } = useRecordActions();
  const entries = useRecords('journal.entry');
  const checkins = useRecords('journal.checkin');
  const measures = useRecords('journal.measure');
  const navigate = useNavigate();
  useCheckinShortcut(navigate);
  const [params, setParams] = useSearchParams();
  const form = useEntryForm();
  // The search and filters belong to the list (JournalListing), kept here while the month or a day is shown.
  const [keptFilters] = useState(() => ({ filters: noFilters }));
  const [view, setView] = useState<'list' | 'month'>('list');
  const [monthShown, setMonthShown] = useState<string | undefined>(undefined);
  // The month's colours and averages count a day once, as the average of its morning and evening check-ins.
  // Only the month view reads them, so a save seen in the list does not recompute ten years of days.
  const days = useMemo(() => (view === 'month' ? perDay(checkins) : []), [view, checkins]);
  const [notice, setNotice] = useState('');

  // The dialog and the open day follow the URL, so the global shortcut can open the check-in from any page.
  const requested = params.get('checkin');
  const checkinDay = requested === 'today' ? localDay(new Date()) : requested;
  const openDay = params.get('day');
  const setParam = (name: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const openCheckin = (day: string) => setParam('checkin', day);
  const closeCheckin = () => setParam('checkin', null);
  const showDay = (day: string) => {
    setMonthShown(day.slice(0, 7));
    setParam('day', day);
  };
  const showView = (next: 'list' | 'month') => {
    setView(next);
    setParam('day', null);
  };
  const backToMonth = () => showView('month');
  // The editor follows the URL too: the menu's New Entry (Ctrl/Cmd+N) opens it from any page with ?entry=new.
  const editorOpen = params.has('entry');
  const openEditor = () => setParam('entry', 'new');
  const closeEditor = () => {
    setParam('entry', null);
    form.letGoUntouchedEdit();
  };
  // An edit left untouched is nothing to continue: New entry starts blank (a fresh-clone run once found one still held here).
  const startWriting = () => void form.letGoUntouchedEdit().then(openEditor);
  const writeEntryFor = (day: string) => {
    if (!form.fields.title.trim() && !form.fields.body.trim() && !form.fields.entryId) form.change({ day });
    openEditor();
  };

  const deleteEntry = (entry: JournalEntry) => remove([entry.id], 'Entry deleted.');
  const deleteCheckin = (checkin: JournalCheckin) => remove([checkin.id], 'Check-in deleted.');
  // A refused edit (other words are being written) still opens the editor: it shows those words and says why.
  const editEntry = (entry: JournalEntry) => {
    form.edit(entry);
    openEditor();
  };
  // The timeline's handlers keep one identity, so its memoised cards are redrawn only when their record changes.
  const onEditEntry = useStableHandler(editEntry);
  const onDeleteEntry = useStableHandler((e: JournalEntry) => void deleteEntry(e));
  const onEditCheckin = useStableHandler(openCheckin);
  const onDeleteCheckin = useStableHandler((c: JournalCheckin) => void deleteCheckin(c));
  const hasDraft = form.restored || form.draftSavedAt !== undefined;

  const isEmpty = entries.length === 0 && checkins.length === 0;

  return (
    <section aria-labelledby="page-title" className={cx('page', styles.journal)}>
      <PageHeader
        title="Journal"
        actions={
          <>
            <Button onPress={() => openCheckin(localDay(new Date()))} aria-keyshortcuts={CHECKIN_ARIA_SHORTCUT}>
              Daily check-in <kbd>{CHECKIN_SHORTCUT_LABEL}</kbd>
            </Button>
            <Button variant="primary" onPress={startWriting} aria-keyshortcuts="Control+N">
              <NotebookPen size={16} aria-hidden="true" /> {hasDraft ? 'Continue writing' : 'New entry'}
            </Button>
          </>
        }
      />
      <p role="status" className={styles.notice}>
        {notice}
      </p>
      {hasDraft && !editorOpen && (
        <p className={styles.draftNote}>
          {form.fields.entryId ? 'Your unsaved changes to an entry are kept, encrypted.' : 'Your unsaved draft is kept, encrypted.'} Continue writing to
          finish it.
        </p>
      )}
      <FormMessage>{error}</FormMessage>
      <div className={styles.timelineHead}>
        <h2>Timeline</h2>
        <div className={styles.viewSwitch} role="group" aria-label="View">
          <Button aria-pressed={!openDay && view === 'list'} onPress={() => showView('list')}>
            List
          </Button>
          <Button aria-pressed={!openDay && view === 'month'} onPress={() => showView('month')}>
            Month
          </Button>
        </div>
      </div>
      {openDay ? (
        <DayView
          day={openDay}
          checkins={checkins.filter((c) => c.date === openDay).sort(byPart)}
          entries={entries.filter((e) => e.date === openDay).sort((a, b) => a.time.localeCompare(b.time))}
          onBack={backToMonth}
          onEditCheckin={openCheckin}
          onDeleteCheckin={(c) => void deleteCheckin(c)}
          onEditEntry={editEntry}
          onDeleteEntry={(e) => void deleteEntry(e)}
          onWriteEntry={writeEntryFor}
        />
      ) : view === 'month' ? (
        <MonthView checkins={days} entries={entries} initialMonth={monthShown} onOpenDay={showDay} />
      ) : isEmpty ? (
        <p className={cx(styles.empty, 'muted')}>
          No entries yet. Press New entry to write your first, or {CHECKIN_SHORTCUT_LABEL} for a 30-second check-in. Everything
          stays encrypted on this computer.
        </p>
      ) : (
        <JournalListing
          entries={entries}
          checkins={checkins}
          measures={measures}
          kept={keptFilters}
          onEditEntry={onEditEntry}
          onDeleteEntry={onDeleteEntry}
          onEditCheckin={onEditCheckin}
          onDeleteCheckin={onDeleteCheckin}
        />
      )}
      {editorOpen && (
        <EntryEditor
          form={form}
          onClose={closeEditor}
          onSaved={() => {
            setParam('entry', null);
            setNotice('Entry saved.');
          }}
        />
      )}
      {checkinDay && (
        <CheckinDialog
          day={checkinDay}
          onClose={closeCheckin}
          onSaved={(day) => {
            setNotice(`Check-in saved for ${shortDay(day)}.`);
            closeCheckin();
          }}
        />
      )}
    </section>
  );
}
