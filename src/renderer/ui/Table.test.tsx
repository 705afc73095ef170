// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { Button } from './Button';
import { Cell, Column, Row, Table, TableBody, TableHeader } from './Table';

afterEach(cleanup);

// jsdom has no CSS.escape; react-aria's grid uses it to find the focused row (Chromium has it).
const css = ((globalThis as { CSS?: { escape?: (s: string) => string } }).CSS ??= {});
css.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);

const SCORES = [
  { date: '3 Dec 2026', total: 7 },
  { date: '19 Nov 2026', total: 11 },
];

function Scores({ rows = SCORES, hideCaption = false }: { rows?: typeof SCORES; hideCaption?: boolean }) {
  return (
    <Table caption="PHQ-9 scores, newest first" hideCaption={hideCaption}>
      <TableHeader>
        <Column isRowHeader>Date</Column>
        <Column numeric>Total</Column>
        <Column>Actions</Column>
      </TableHeader>
      <TableBody empty="No scores yet.">
        {rows.map((r) => (
          <Row key={r.date}>
            <Cell>{r.date}</Cell>
            <Cell numeric>{r.total}</Cell>
            <Cell>
              <Button onPress={() => undefined}>Delete {r.date}</Button>
            </Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

it('is named by its caption, shown or hidden', () => {
  render(<Scores />);
  expect(screen.getByRole('grid', { name: 'PHQ-9 scores, newest first' })).toBeTruthy();
  cleanup();
  render(<Scores hideCaption />);
  expect(screen.getByRole('grid', { name: 'PHQ-9 scores, newest first' })).toBeTruthy();
});

it('can be named by a heading already on the page', () => {
  render(
    <>
      <h2 id="sum-own">Own measures</h2>
      <Table labelledBy="sum-own">
        <TableHeader>
          <Column isRowHeader>Measure</Column>
        </TableHeader>
        <TableBody>
          <Row>
            <Cell>Sleep</Cell>
          </Row>
        </TableBody>
      </Table>
    </>,
  );
  expect(screen.getByRole('grid', { name: 'Own measures' })).toBeTruthy();
});

it('names each row by its row-header cell', () => {
  render(<Scores />);
  const headers = screen.getAllByRole('rowheader').map((c) => c.textContent);
  expect(headers).toEqual(['3 Dec 2026', '19 Nov 2026']);
  expect(screen.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Date', 'Total', 'Actions']);
});

it('right-aligns numeric columns by class', () => {
  render(<Scores />);
  expect(screen.getByRole('columnheader', { name: 'Total' }).classList).toContain('is-numeric');
  expect(screen.getByRole('gridcell', { name: '7' }).classList).toContain('is-numeric');
  expect(screen.getByRole('columnheader', { name: 'Date' }).classList).not.toContain('is-numeric');
});

it('moves between cells with the arrow keys and reaches a button inside a cell', async () => {
  const user = userEvent.setup();
  render(
    <>
      <Scores />
      <Button onPress={() => undefined}>After</Button>
    </>,
  );
  await user.tab();
  // Tab lands on the first row; Right goes into its cells, Down to the same cell of the next row.
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement?.textContent).toBe('3 Dec 2026');
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement?.textContent).toBe('7');
  await user.keyboard('{ArrowDown}');
  expect(document.activeElement?.textContent).toBe('11');
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete 19 Nov 2026' }));
  // The table is one Tab stop: Tab leaves it.
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
});

it('says so when there are no rows', () => {
  render(<Scores rows={[]} />);
  const grid = screen.getByRole('grid', { name: 'PHQ-9 scores, newest first' });
  expect(within(grid).getByText('No scores yet.')).toBeTruthy();
  expect(within(grid).queryAllByRole('rowheader').map((c) => c.textContent)).toEqual(['No scores yet.']);
});
