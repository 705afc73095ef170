// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import type { JournalEntry } from '../../../shared/domain/journal';
import { buildTimeline } from '../../../shared/journal/timeline';
import { RecordStore } from '../../db/record-store';
import type { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { Timeline } from './Timeline';

// Counts how often an entry's Markdown is drawn (the costly part of a card).
const drawn = vi.hoisted(() => ({ markdown: 0 }));
vi.mock('./SafeMarkdown', () => ({
  SafeMarkdown: ({ children }: { children: string }) => {
    drawn.markdown++;
    return <div className="md-body">{children}</div>;
  },
}));

const stamp = '2026-11-20T09:00:00.000Z';
const entry = (day: string): JournalEntry => ({
  kind: 'journal.entry', id: `e-${day}`, date: day, time: '09:00', title: `Entry ${day}`, body: `Body of ${day}`, tags: [], shareWithProvider: false, createdAt: stamp, updatedAt: stamp,
});
const checkin = (day: string, mood: number): JournalCheckin => ({
  kind: 'journal.checkin', id: `checkin-${day}`, date: day, mood, triggers: [], coping: [], tags: [], note: '', createdAt: stamp, updatedAt: stamp,
});

beforeAll(() => {
  // jsdom does no layout: a window's height for the scroller, a typical height per day.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.getAttribute('aria-label') === 'Timeline, newest first' ? 800 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get(this: HTMLElement) { return this.dataset.day !== undefined ? 240 : 0; } });
});
afterEach(cleanup);

describe('the timeline after a check-in is saved', () => {
  it('redraws the saved check-in, not the entries whose records did not change', () => {
    const days = ['2026-11-25', '2026-11-24', '2026-11-23'];
    const entries = days.map(entry);
    const repository = { store: new RecordStore() } as unknown as Repository;
    const handlers = { onEditEntry: () => {}, onDeleteEntry: () => {}, onEditCheckin: () => {}, onDeleteCheckin: () => {} };
    const page = (checkins: JournalCheckin[]) => (
      <VaultContext.Provider value={{ repository } as never}>
        <Timeline groups={buildTimeline(checkins, entries)} hits={null} {...handlers} />
      </VaultContext.Provider>
    );
    const { rerender } = render(page(days.map((d) => checkin(d, 4))));
    expect(screen.getAllByText('4/10')).toHaveLength(3);
    const before = drawn.markdown;
    expect(before).toBeGreaterThanOrEqual(3);

    // As after saving today's check-in: the groups are rebuilt, only one record is new.
    rerender(page(days.map((d, i) => checkin(d, i === 0 ? 7 : 4))));
    expect(screen.getByText('7/10')).toBeTruthy();
    expect(drawn.markdown).toBe(before);
  });
});
