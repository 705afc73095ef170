// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { formatDay } from './format';
import { OwnMeasuresSection } from './OwnMeasuresSection';

afterEach(cleanup);

// jsdom has no CSS.escape; react-aria's grid uses it to find the focused row (Chromium has it).
const css = ((globalThis as { CSS?: { escape?: (s: string) => string } }).CSS ??= {});
css.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);

it('a comparing table heads its third column "Previous period" with that period’s dates (the one shared header)', () => {
  const previous = { from: '2026-10-01', to: '2026-10-31' };
  const figure = { value: 4, days: 10, yes: 0 };
  render(<OwnMeasuresSection previous={previous} rows={[{ id: 'm1', label: 'brain zaps (0–10)', type: 'rating', current: figure, previous: figure, change: 0 }]} />);
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
  expect(headers).toEqual(['Measure', 'This period', `Previous period${formatDay(previous.from)} – ${formatDay(previous.to)}`, 'Change']);
});
