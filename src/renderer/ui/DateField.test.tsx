// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateField, TimeField } from './DateField';

afterEach(cleanup);

function Dates({ spy }: { spy: (v: string) => void }) {
  const [value, setValue] = useState('2026-03-01');
  return (
    <DateField
      label="Started on"
      min="2020-01-01"
      max="2026-12-31"
      errorMessage={value === '' ? 'Choose a day.' : undefined}
      value={value}
      onChange={(v) => {
        spy(v);
        setValue(v);
      }}
    />
  );
}

describe('DateField and TimeField', () => {
  it('a labelled date input with its bounds, giving yyyy-MM-dd text', () => {
    const spy = vi.fn();
    render(<Dates spy={spy} />);
    const input = screen.getByLabelText('Started on') as HTMLInputElement;
    expect(input.type).toBe('date');
    expect(input.min).toBe('2020-01-01');
    expect(input.max).toBe('2026-12-31');
    fireEvent.change(input, { target: { value: '2026-04-02' } });
    expect(spy).toHaveBeenLastCalledWith('2026-04-02');
  });

  it('says what is wrong under the field, announced and marking it invalid', () => {
    render(<Dates spy={() => {}} />);
    const input = screen.getByLabelText('Started on') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe('Choose a day.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('a labelled time input giving HH:mm text', () => {
    const spy = vi.fn();
    render(<TimeField label="At" value="08:00" onChange={spy} />);
    const input = screen.getByLabelText('At') as HTMLInputElement;
    expect(input.type).toBe('time');
    fireEvent.change(input, { target: { value: '21:30' } });
    expect(spy).toHaveBeenLastCalledWith('21:30');
  });
});

describe('a field with a message still lets its form submit', () => {
  it('the input is not natively invalid: the schema judges, not the browser', () => {
    render(
      <form>
        <DateField label="Day" value="" onChange={() => {}} errorMessage="Choose a day." />
      </form>,
    );
    const input = screen.getByLabelText('Day') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.validity.valid).toBe(true);
    expect((input.closest('form') as HTMLFormElement).checkValidity()).toBe(true);
  });
});
