// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/journal';
import { EntryCard } from './EntryCard';

// Counts how often an entry's Markdown is turned into plain text.
const plain = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../shared/journal/plain-text', async (original) => {
  const real = await original<typeof import('../../../shared/journal/plain-text')>();
  return {
    ...real,
    markdownToPlain: (markdown: string) => {
      plain.calls++;
      return real.markdownToPlain(markdown);
    },
  };
});
afterEach(cleanup);

const stamp = '2026-11-20T09:00:00.000Z';
const entry: JournalEntry = {
  kind: 'journal.entry', id: 'e-1', date: '2026-11-25', time: '09:00', title: 'Evening', body: 'A **long** walk by the lighthouse, then tea.', tags: [], shareWithProvider: false, createdAt: stamp, updatedAt: stamp,
};
const handlers = { onEdit: () => {}, onDelete: () => {} };

describe("a search result card's excerpt", () => {
  it('reads the Markdown once per record, however many keystrokes move its marks', () => {
    const { rerender, container } = render(<EntryCard entry={entry} terms={['light']} {...handlers} />);
    rerender(<EntryCard entry={entry} terms={['lighthouse']} {...handlers} />);
    rerender(<EntryCard entry={entry} terms={['lighthouse', 'tea']} {...handlers} />);
    // Each keystroke's marks are drawn (the card did redraw), from the plain text worked out once.
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['lighthouse', 'tea']);
    expect(screen.getByText(/A long walk by the/)).toBeTruthy();
    expect(plain.calls).toBe(1);

    // An edited entry is a new record: its new words are read.
    rerender(<EntryCard entry={{ ...entry, body: 'Rain at the lighthouse.' }} terms={['lighthouse']} {...handlers} />);
    expect(screen.getByText(/Rain at the/)).toBeTruthy();
    expect(plain.calls).toBe(2);
  });
});
