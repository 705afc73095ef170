// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ratingForKey, TEN_WINDOW_MS } from './rating-keys';
import { RatingScale } from './RatingScale';

afterEach(cleanup);

function Harness({ min = 0, max = 10, start, spy }: { min?: number; max?: number; start?: number; spy?: (v: number | undefined) => void }) {
  const [value, setValue] = useState<number | undefined>(start);
  return (
    <RatingScale
      label="Mood"
      name="mood"
      min={min}
      max={max}
      anchors={['lowest', 'best']}
      value={value}
      onChange={(v) => {
        spy?.(v);
        setValue(v);
      }}
    />
  );
}

const checked = () => screen.queryAllByRole('radio').filter((r) => (r as HTMLInputElement).checked).map((r) => r.getAttribute('value'));

describe('RatingScale', () => {
  it('is a labelled group of 0–10 with its ends described', () => {
    render(<Harness />);
    const group = screen.getByRole('radiogroup', { name: 'Mood' });
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('0 lowest10 best');
    expect(checked()).toEqual([]);
  });

  it('a digit key sets the value and moves focus with it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('radio', { name: '0' }).focus();
    await user.keyboard('7');
    expect(checked()).toEqual(['7']);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '7' }));
  });

  it('"1" then "0" quickly sets ten', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('radio', { name: '0' }).focus();
    await user.keyboard('10');
    expect(checked()).toEqual(['10']);
  });

  it('arrow keys step the value', async () => {
    const user = userEvent.setup();
    render(<Harness start={5} />);
    screen.getByRole('radio', { name: '5' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(checked()).toEqual(['6']);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(checked()).toEqual(['4']);
  });

  it('Backspace clears it back to not rated', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness start={5} spy={spy} />);
    screen.getByRole('radio', { name: '5' }).focus();
    await user.keyboard('{Backspace}');
    expect(spy).toHaveBeenLastCalledWith(undefined);
    expect(checked()).toEqual([]);
  });

  it('one click sets it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('3'));
    expect(checked()).toEqual(['3']);
  });

  it('on a 1–5 scale, digits outside it do nothing', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness min={1} max={5} spy={spy} />);
    screen.getByRole('radio', { name: '1' }).focus();
    await user.keyboard('8');
    await user.keyboard('0');
    expect(spy).not.toHaveBeenCalled();
    await user.keyboard('4');
    expect(checked()).toEqual(['4']);
  });

  it('leaves Ctrl/Cmd+digit to the app (section shortcuts)', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    screen.getByRole('radio', { name: '0' }).focus();
    await user.keyboard('{Control>}2{/Control}');
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('ratingForKey', () => {
  const ten = { min: 0, max: 10 };
  it('reads "0" as zero after a pause, ten right after a "1"', () => {
    expect(ratingForKey('0', ten, { digit: '1', at: 1000 }, 1000 + TEN_WINDOW_MS + 1)).toEqual({ value: 0 });
    expect(ratingForKey('0', ten, { digit: '1', at: 1000 }, 1000 + TEN_WINDOW_MS)).toEqual({ value: 10 });
    expect(ratingForKey('0', ten, { digit: '2', at: 1000 }, 1001)).toEqual({ value: 0 });
    expect(ratingForKey('0', ten, null, 0)).toEqual({ value: 0 });
  });
  it('leaves other keys alone', () => {
    expect(ratingForKey('Enter', ten, null, 0)).toBeNull();
    expect(ratingForKey('a', ten, null, 0)).toBeNull();
    expect(ratingForKey('ArrowRight', ten, null, 0)).toBeNull();
  });
});
