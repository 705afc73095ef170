// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JournalCheckin } from '../../../shared/domain/journal-checkin';
import type { JournalEntry } from '../../../shared/domain/journal';
import { buildTimeline } from '../../../shared/journal/timeline';
import { RecordStore } from '../../db/record-store';
import type { Repository } from '../../db/repository';
import { VaultContext } from '../../db/vault-context';
import { Timeline } from './Timeline';

// Counts the kit's react-aria Buttons mounted: the cards' actions must not be among them.
const mounted = vi.hoisted(() => ({ ariaButtons: 0 }));
vi.mock('../../ui/Button', async (original) => {
  const kit = await original<typeof import('../../ui/Button')>();
  return {
    Button: (props: Parameters<typeof kit.Button>[0]) => {
      mounted.ariaButtons++;
      return kit.Button(props);
    },
  };
});

const stamp = '2026-11-20T09:00:00.000Z';
const dayOf = (i: number) => new Date(Date.UTC(2026, 10, 25 - i)).toISOString().slice(0, 10);
const entry = (i: number): JournalEntry => ({
  kind: 'journal.entry', id: `e-${i}`, date: dayOf(i), time: '09:00', title: `Walk ${i}`, body: `lighthouse walk ${i}`, tags: [], shareWithProvider: false, createdAt: stamp, updatedAt: stamp,
});
const checkin = (i: number): JournalCheckin =>
  ({ kind: 'journal.checkin', id: `c-${i}`, date: dayOf(i), mood: 5, triggers: [], coping: [], tags: [], note: 'lighthouse', createdAt: stamp, updatedAt: stamp }) as unknown as JournalCheckin;

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.getAttribute('aria-label') === 'Timeline, newest first' ? 800 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get(this: HTMLElement) { return this.dataset.day !== undefined ? 240 : 0; } });
});
afterAll(() => {
  cleanup();
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).clientHeight;
  delete (HTMLElement.prototype as unknown as Record<string, unknown>).offsetHeight;
});

describe("the timeline cards' Edit and Delete", () => {
  it('are native buttons, not react-aria ones: a search keystroke mounts a dozen cards at once', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(i));
    const checkins = Array.from({ length: 10 }, (_, i) => checkin(i));
    const repository = { store: new RecordStore() } as unknown as Repository;
    const handlers = { onEditEntry: vi.fn(), onDeleteEntry: vi.fn(), onEditCheckin: vi.fn(), onDeleteCheckin: vi.fn() };
    const hits = new Map([...entries, ...checkins].map((r) => [r.id, ['lighthouse']]));
    render(
      <VaultContext.Provider value={{ repository } as never}>
        <Timeline groups={buildTimeline(checkins, entries, { only: hits })} hits={hits} {...handlers} />
      </VaultContext.Provider>,
    );
    // Days 1-5 drawn, each with an entry and a check-in card, each card with two actions.
    expect(screen.getAllByRole('button', { name: /^(Edit|Delete) / })).toHaveLength(20);
    expect(mounted.ariaButtons).toBe(0);

    // Still pressed like the kit's Button, and named for their record.
    fireEvent.click(screen.getByRole('button', { name: 'Edit Walk 0' }));
    expect(handlers.onEditEntry).toHaveBeenCalledWith(entries[0]);
    fireEvent.click(screen.getAllByRole('button', { name: /^Delete check-in of / })[0]!);
    expect(handlers.onDeleteCheckin).toHaveBeenCalledWith(checkins[0]);
    expect(screen.getByRole('button', { name: 'Edit Walk 0' }).getAttribute('type')).toBe('button');
  });
});
