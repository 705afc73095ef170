// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/journal';
import { buildTimeline } from '../../../shared/journal/timeline';
import { RecordStore } from '../../db/record-store';
import type { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { Timeline } from './Timeline';

const stamp = '2026-11-20T09:00:00.000Z';
const entry = (i: number): JournalEntry => {
  const day = new Date(Date.UTC(2026, 10, 25 - i)).toISOString().slice(0, 10);
  return { kind: 'journal.entry', id: `e-${day}`, date: day, time: '09:00', title: `Entry ${day}`, body: `lighthouse walk ${i}`, tags: [], shareWithProvider: false, createdAt: stamp, updatedAt: stamp };
};

// jsdom does no layout: an 800 px scroller and 240 px days, so three and a third days are in view.
const sizes = { clientHeight: 800, offsetHeight: 240 };
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.getAttribute('aria-label') === 'Timeline, newest first' ? sizes.clientHeight : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get(this: HTMLElement) { return this.dataset.day !== undefined ? sizes.offsetHeight : 0; } });
});
afterAll(() => {
  cleanup();
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientHeight;
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).offsetHeight;
});

describe('the timeline while searching', () => {
  it('draws the days in view and one beyond, so a keystroke that changes the hits replaces few days', () => {
    const entries = Array.from({ length: 60 }, (_, i) => entry(i));
    const repository = { store: new RecordStore() } as unknown as Repository;
    const handlers = { onEditEntry: () => {}, onDeleteEntry: () => {}, onEditCheckin: () => {}, onDeleteCheckin: () => {} };
    const hits = new Map(entries.filter((_, i) => i % 2 === 0).map((e) => [e.id, ['lighthouse']]));
    const { container } = render(
      <VaultContext.Provider value={{ repository } as never}>
        <Timeline groups={buildTimeline([], entries, { only: hits })} hits={hits} {...handlers} />
      </VaultContext.Provider>,
    );
    const days = [...container.querySelectorAll('li[data-day]')];
    // Days 1-4 are (partly) in the 800 px view, day 5 is the one beyond; the list still says there are 30.
    expect(days.map((d) => d.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4', '5']);
    expect(days[0]?.getAttribute('aria-setsize')).toBe('30');
    expect(container.querySelectorAll('mark')).toHaveLength(5);
  });
});
