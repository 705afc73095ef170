// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateField, TimeField, type FocusHandle } from './DateField';

// jsdom has no CSS.escape; react-aria's popover uses it (Chromium has it).
const css = ((globalThis as { CSS?: { escape?: (s: string) => string } }).CSS ??= {});
css.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`);

// Unit tests read dates in British English (tests/support/pin-locale.ts): the segments are day, month, year.
afterEach(cleanup);

function Dates({ spy, start = '', message, inputRef }: { spy: (v: string) => void; start?: string; message?: string; inputRef?: React.Ref<FocusHandle> }) {
  const [value, setValue] = useState(start);
  return (
    <DateField
      label="Started on"
      min="2020-01-01"
      max="2026-12-31"
      errorMessage={message}
      inputRef={inputRef}
      value={value}
      onChange={(v) => {
        spy(v);
        setValue(v);
      }}
    />
  );
}

const segments = () => screen.getAllByRole('spinbutton');
const segment = (type: string) => document.querySelector<HTMLElement>(`[data-type="${type}"]`)!;

describe('DateField', () => {
  it('is a labelled group of day, month and year segments in the locale order', () => {
    render(<Dates spy={() => {}} />);
    expect(screen.getByRole('group', { name: 'Started on' })).toBeTruthy();
    expect(segments().map((s) => s.dataset.type)).toEqual(['day', 'month', 'year']);
  });

  it('typing the day segment by segment gives yyyy-MM-dd text', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Dates spy={spy} />);
    await user.click(segment('day'));
    await user.keyboard('03');
    await user.keyboard('11');
    expect(spy).not.toHaveBeenCalled(); // half a day is not a value
    await user.keyboard('2026');
    expect(spy).toHaveBeenLastCalledWith('2026-11-03');
    expect(segment('day').textContent).toBe('03');
  });

  it('shows a stored day and clearing every segment gives empty text', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Dates spy={spy} start="2026-03-01" />);
    expect(segments().map((s) => s.textContent)).toEqual(['01', '03', '2026']);
    await user.click(segment('year'));
    await user.keyboard('{Backspace>12/}');
    expect(spy).toHaveBeenLastCalledWith('');
  });

  it('a half-typed change survives the form redrawing the field for something else', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    const field = (note: string) => <DateField label="Day" description={note} value="2026-03-01" onChange={spy} />;
    const { rerender } = render(field('one'));
    await user.click(segment('day'));
    await user.keyboard('{Backspace}{Backspace}');
    expect(segment('day').hasAttribute('data-placeholder')).toBe(true);
    rerender(field('two'));
    expect(segment('day').hasAttribute('data-placeholder')).toBe(true);
    expect(spy).not.toHaveBeenCalled();
  });

  it('leaving it with a segment emptied empties the value, so a save never keeps a day the field no longer shows', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(
      <>
        <Dates spy={spy} start="2026-03-01" />
        <button type="button">Next</button>
      </>,
    );
    await user.click(segment('day'));
    await user.keyboard('{Backspace}{Backspace}');
    expect(spy).not.toHaveBeenCalled(); // half a day gives nothing while the person is still in the field
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(spy).toHaveBeenLastCalledWith('');
    expect(segments().every((s) => s.hasAttribute('data-placeholder'))).toBe(true);
  });

  it('a typed day after max is kept, marked and said to be out of range', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Dates spy={spy} />);
    await user.click(segment('day'));
    await user.keyboard('01012027');
    expect(spy).toHaveBeenLastCalledWith('2027-01-01');
    expect(screen.getByRole('alert').textContent).toBe('Choose 31 Dec 2026 or earlier.');
    expect(segment('day').getAttribute('aria-invalid')).toBe('true');
  });

  it('a typed day before min is said too', async () => {
    const user = userEvent.setup();
    render(<Dates spy={() => {}} />);
    await user.click(segment('day'));
    await user.keyboard('31122019');
    expect(screen.getByRole('alert').textContent).toBe('Choose 1 Jan 2020 or later.');
  });

  it('the button opens a calendar of the month; picking a day sets the value and closes it', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Dates spy={spy} start="2026-03-01" />);
    await user.click(screen.getByRole('button', { name: /Calendar/ }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('March 2026');
    await user.click(within(dialog).getByText('15'));
    expect(spy).toHaveBeenLastCalledWith('2026-03-15');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the calendar does not offer days after max, nor the months after it', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<DateField label="Day" max="2026-03-10" value="2026-03-05" onChange={spy} />);
    await user.click(screen.getByRole('button', { name: /Calendar/ }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('20').getAttribute('aria-disabled')).toBe('true');
    expect(within(dialog).getByText('10').getAttribute('aria-disabled')).toBeNull();
    // The month's own Next button (react-aria adds a hidden one for screen readers at the grid's end too).
    expect(dialog.querySelector('[slot="next"]')!.hasAttribute('disabled')).toBe(true);
    await user.click(within(dialog).getByText('20'));
    expect(spy).not.toHaveBeenCalled();
  });

  it('Alt+ArrowDown opens the calendar from the keyboard; Escape closes it and keeps the day', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Dates spy={spy} start="2026-03-01" />);
    await user.click(segment('day'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(spy).not.toHaveBeenCalled();
    expect(segments().map((s) => s.textContent)).toEqual(['01', '03', '2026']);
  });

  it("says Cairn's message under the field, announced, read with the group and marking it invalid", () => {
    render(<Dates spy={() => {}} message="Choose a day." />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Choose a day.');
    expect(screen.getByRole('group', { name: 'Started on' }).getAttribute('aria-describedby')).toContain(alert.id);
    for (const s of segments()) expect(s.getAttribute('aria-invalid')).toBe('true');
  });

  it('its ref puts the cursor in the first segment (react-hook-form focuses a refused field this way)', () => {
    const ref = createRef<FocusHandle>();
    render(<Dates spy={() => {}} inputRef={ref} />);
    act(() => ref.current!.focus());
    expect(document.activeElement).toBe(segment('day'));
  });

  it('with a message, its form still submits: the schema judges, not the browser', () => {
    render(
      <form>
        <DateField label="Day" value="" onChange={() => {}} errorMessage="Choose a day." />
      </form>,
    );
    expect((document.querySelector('form') as HTMLFormElement).checkValidity()).toBe(true);
  });
});

function Time({ spy, start }: { spy: (v: string) => void; start: string }) {
  const [value, setValue] = useState(start);
  return (
    <TimeField
      label="At"
      value={value}
      onChange={(v) => {
        spy(v);
        setValue(v);
      }}
    />
  );
}

describe('TimeField', () => {
  it('shows a stored time and typing hour and minute gives HH:mm text', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Time spy={spy} start="08:00" />);
    expect(screen.getByRole('group', { name: 'At' })).toBeTruthy();
    expect(segments().map((s) => s.textContent)).toEqual(['08', '00']);
    await user.click(segment('hour'));
    await user.keyboard('2130');
    expect(spy).toHaveBeenLastCalledWith('21:30');
    await user.keyboard('{Backspace>6/}');
    expect(spy).toHaveBeenLastCalledWith('');
  });

  it('leaving it with the minute emptied empties the value', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(
      <>
        <Time spy={spy} start="08:30" />
        <button type="button">Next</button>
      </>,
    );
    await user.click(segment('minute'));
    await user.keyboard('{Backspace}{Backspace}');
    expect(spy).toHaveBeenLastCalledWith('08:03'); // the first Backspace leaves a whole time, 08:03
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(spy).toHaveBeenLastCalledWith('');
  });

  it('its ref focuses the hour; its message is announced', () => {
    const ref = createRef<FocusHandle>();
    render(<TimeField label="At" value="" onChange={() => {}} inputRef={ref} errorMessage="Choose a time." />);
    act(() => ref.current!.focus());
    expect(document.activeElement).toBe(segment('hour'));
    expect(screen.getByRole('alert').textContent).toBe('Choose a time.');
  });
});
