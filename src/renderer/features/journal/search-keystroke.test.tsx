// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import type { JournalEntry } from '../../../shared/domain/journal';
import { RecordStore } from '../../db/record-store';
import type { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { UndoProvider } from '../../ui/UndoProvider';
import { JournalPage } from './JournalPage';

// Counts what a keystroke in the journal's search redraws: the page's header, and each text and date field by id.
const drawn = vi.hoisted(() => ({ header: 0, fields: new Map<string, number>() }));
vi.mock('../../ui/PageHeader', () => ({
  PageHeader: ({ title }: { title: string }) => {
    drawn.header++;
    return <h1>{title}</h1>;
  },
}));
const countedField = vi.hoisted(() => ({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) => {
  drawn.fields.set(id, (drawn.fields.get(id) ?? 0) + 1);
  return (
    <label>
      {label}
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
});
vi.mock('../../ui/TextField', () => ({ TextField: countedField }));
// The From and To days are the kit's DateField: counted the same way.
vi.mock('../../ui/DateField', () => ({ DateField: countedField, TimeField: countedField }));

const stamp = '2026-11-20T09:00:00.000Z';
const entry = (day: string, body: string): JournalEntry => ({
  kind: 'journal.entry', id: `e-${day}`, date: day, time: '09:00', title: `Entry ${day}`, body, tags: [], shareWithProvider: false, createdAt: stamp, updatedAt: stamp,
});

beforeAll(() => {
  // jsdom does no layout: a window's height for the scroller, a typical height per day.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.getAttribute('aria-label') === 'Timeline, newest first' ? 800 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get(this: HTMLElement) { return this.dataset.day !== undefined ? 240 : 0; } });
});
afterAll(cleanup);

describe('a keystroke in the journal search', () => {
  it('redraws the search field and the results, not the page header or the other filters, from the first key on', async () => {
    const store = new RecordStore();
    store.apply([entry('2026-11-25', 'harbour walk'), entry('2026-11-24', 'rain all day')], []);
    render(
      <VaultContext.Provider value={{ repository: { store } as unknown as Repository, lock: () => {} }}>
        <MemoryRouter initialEntries={['/journal']}>
          <UndoProvider>
            <JournalPage />
          </UndoProvider>
        </MemoryRouter>
      </VaultContext.Provider>,
    );
    await screen.findByText('2 entries and 0 check-ins.');
    const header = drawn.header;
    const from = drawn.fields.get('journal-from');
    // The clear button keeps its place while nothing narrows the timeline, hidden and disabled (CSS hides it; jsdom has none).
    const clear = () => screen.getByRole('button', { name: 'Clear search and filters' }) as HTMLButtonElement;
    expect(clear().disabled).toBe(true);
    act(() => {
      fireEvent.change(screen.getByLabelText('Search entries and check-in notes'), { target: { value: 'h' } });
    });
    await screen.findByText('2 entries and 0 check-ins. Type two or more letters to search.');
    // The first key brings "Clear search and filters" in, and redraws neither the dates nor the tag list beside it.
    expect(clear().disabled).toBe(false);
    expect(drawn.fields.get('journal-from')).toBe(from);
    const search = drawn.fields.get('journal-search') ?? 0;
    act(() => {
      fireEvent.change(screen.getByLabelText('Search entries and check-in notes'), { target: { value: 'ha' } });
    });
    await screen.findByText('Found 1 entry and 0 check-ins.');

    expect(drawn.fields.get('journal-search')).toBeGreaterThan(search);
    expect(drawn.header).toBe(header);
    expect(drawn.fields.get('journal-from')).toBe(from);
  });
});
