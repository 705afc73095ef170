import { useDeferredValue, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import { shortDay } from '../../../shared/journal/days';
import { localDay } from '../../../shared/local-date';
import { perDay } from '../../../shared/journal/per-day';
import { collectTags } from '../../../shared/journal/tags';
import { buildTimeline, byPart } from '../../../shared/journal/timeline';
import { useRecords } from '../../db/useRecords';
import { useRecordActions } from '../../db/useRecordActions';
import { CheckinDialog } from './CheckinDialog';
import { DayView } from './DayView';
import { EntryForm } from './EntryForm';
import { JournalFilters, noFilters, type Filters } from './JournalFilters';
import './journal.css';
import { MonthView } from './MonthView';
import { Timeline } from './Timeline';
import { TimelineStatus } from './TimelineStatus';
import { CHECKIN_ARIA_SHORTCUT, CHECKIN_SHORTCUT_LABEL, useCheckinShortcut } from './useCheckinShortcut';
import { useEntryForm } from './useEntryForm';
import { useJournalSearch } from './useJournalSearch';

export function JournalPage() {
  const { remove, error } = useRecordActions();
  const entries = useRecords('journal.entry');
  const checkins = useRecords('journal.checkin');
  const measures = useRecords('journal.measure');
  // The month's colours and averages count a day once, as the average of its morning and evening check-ins.
  const days = useMemo(() => perDay(checkins), [checkins]);
  const navigate = useNavigate();
  useCheckinShortcut(navigate);
  const [params, setParams] = useSearchParams();
  const form = useEntryForm();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [view, setView] = useState<'list' | 'month'>('list');
  const [monthShown, setMonthShown] = useState<string | undefined>(undefined);
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
  const writeEntryFor = (day: string) => {
    form.change({ day });
    document.getElementById('entry-title')?.focus();
  };

  const query = useDeferredValue(filters.query);
  const hits = useJournalSearch(entries, checkins, query, measures);
  const rangeProblem = filters.from && filters.to && filters.from > filters.to ? 'The start date is after the end date.' : '';
  const groups = useMemo(
    () =>
      buildTimeline(checkins, entries, {
        tag: filters.tag || undefined,
        from: rangeProblem ? undefined : filters.from || undefined,
        to: rangeProblem ? undefined : filters.to || undefined,
        only: hits ?? undefined,
      }),
    [checkins, entries, filters.tag, filters.from, filters.to, rangeProblem, hits],
  );
  const tags = useMemo(() => collectTags([...entries, ...checkins]), [entries, checkins]);

  const deleteEntry = (entry: JournalEntry) => remove([entry.id], 'Entry deleted.');
  const deleteCheckin = (checkin: JournalCheckin) => remove([checkin.id], 'Check-in deleted.');
  const editEntry = (entry: JournalEntry) => {
    if (form.edit(entry)) document.getElementById('entry-title')?.focus();
    else document.getElementById('entry-form-title')?.scrollIntoView();
  };

  const isEmpty = entries.length === 0 && checkins.length === 0;

  return (
    <section aria-labelledby="page-title" className="page journal">
      <header className="journal-head">
        <h1 id="page-title">Journal</h1>
        <button type="button" className="primary" onClick={() => openCheckin(localDay(new Date()))} aria-keyshortcuts={CHECKIN_ARIA_SHORTCUT}>
          Daily check-in <kbd>{CHECKIN_SHORTCUT_LABEL}</kbd>
        </button>
      </header>
      <p role="status" className="notice">
        {notice}
      </p>
      <EntryForm form={form} />
      <p role="alert" className="error">
        {error}
      </p>
      <div className="timeline-head">
        <h2>Timeline</h2>
        <div className="view-switch" role="group" aria-label="View">
          <button type="button" aria-pressed={!openDay && view === 'list'} onClick={() => showView('list')}>
            List
          </button>
          <button type="button" aria-pressed={!openDay && view === 'month'} onClick={() => showView('month')}>
            Month
          </button>
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
        <p className="empty muted">
          No entries yet. Write your first entry above, or press {CHECKIN_SHORTCUT_LABEL} for a 30-second check-in. Everything
          stays encrypted on this computer.
        </p>
      ) : (
        <>
          <JournalFilters filters={filters} tags={tags} onChange={(c) => setFilters((f) => ({ ...f, ...c }))} problem={rangeProblem} />
          <TimelineStatus groups={groups} searching={hits !== null} />
          {groups.length > 0 && (
            <Timeline
              groups={groups}
              hits={hits}
              onEditEntry={editEntry}
              onDeleteEntry={(e) => void deleteEntry(e)}
              onEditCheckin={openCheckin}
              onDeleteCheckin={(c) => void deleteCheckin(c)}
            />
          )}
        </>
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
