// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewTabs } from './ViewTabs';
import { UNIT_TEST } from '../../../../tests/timeouts';

afterEach(cleanup);

// jsdom has no CSS.escape; react-aria's tab list uses it to find the focused tab (Chromium has it).
const css = ((globalThis as { CSS?: { escape?: (s: string) => string } }).CSS ??= {});
css.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);

const VIEWS = [
  { id: 'feelings', label: 'Mood and sleep' },
  { id: 'scores', label: 'Scores' },
  { id: 'year', label: 'Year in pixels' },
];

/** The caller owns the selection (InsightsPage keeps it in ?view=); the tabs only report a choice. */
function Harness({ onSelect }: { onSelect: (id: string) => void }) {
  const [view, setView] = useState('feelings');
  return (
    <ViewTabs
      views={VIEWS}
      selected={view}
      onSelect={(id) => {
        onSelect(id);
        setView(id);
      }}
      controls={<p>Period controls</p>}
    >
      <p>Panel for {view}</p>
    </ViewTabs>
  );
}

describe('the insight view tabs', { timeout: UNIT_TEST }, () => {
  it('move with the arrow keys, Home and End, and show the chosen view in a panel named by its tab', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    expect(screen.getByRole('tablist', { name: 'Insight views' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Mood and sleep' }));
    await user.keyboard('{ArrowRight}');
    expect(onSelect).toHaveBeenLastCalledWith('scores');
    expect(screen.getByRole('tab', { name: 'Scores' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Scores' }));
    await user.keyboard('{End}');
    expect(onSelect).toHaveBeenLastCalledWith('year');
    await user.keyboard('{Home}');
    expect(onSelect).toHaveBeenLastCalledWith('feelings');
    const panel = screen.getByRole('tabpanel', { name: 'Mood and sleep' });
    expect(panel.textContent).toBe('Panel for feelings');
    expect(screen.getByText('Period controls').closest('[role="tabpanel"]')).toBeNull();
  });

  it('follow the selection it is given, not one of their own', () => {
    render(<ViewTabs views={VIEWS} selected="year" onSelect={() => {}}><p>Year</p></ViewTabs>);
    expect(screen.getByRole('tab', { name: 'Year in pixels' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Year in pixels' })).toBeTruthy();
  });
});
