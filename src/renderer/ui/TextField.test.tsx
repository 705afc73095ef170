// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from './TextField';

afterEach(cleanup);

describe('TextField', () => {
  it('offers suggestions through a list tied to the input, and still takes any text', () => {
    render(<TextField label="Symptom" suggestions={['nausea', 'headache']} value="my own words" onChange={() => {}} />);
    const input = screen.getByLabelText('Symptom') as HTMLInputElement;
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    expect([...list!.querySelectorAll('option')].map((o) => o.value)).toEqual(['nausea', 'headache']);
    expect(input.value).toBe('my own words');
  });

  it('without suggestions has no list', () => {
    render(<TextField label="Name" value="" onChange={() => {}} />);
    expect(screen.getByLabelText('Name').hasAttribute('list')).toBe(false);
  });

  it('hands its ref to the textarea when multiline, so a refused save can focus it', () => {
    const ref = createRef<HTMLTextAreaElement>();
    render(<TextField label="Warning signs" multiline value="" onChange={() => {}} inputRef={ref} />);
    const area = screen.getByRole('textbox', { name: 'Warning signs' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(ref.current).toBe(area);
    ref.current?.focus();
    expect(document.activeElement).toBe(area);
  });

  it('hands its ref to the input when single-line', () => {
    const ref = createRef<HTMLInputElement>();
    render(<TextField label="Name" value="" onChange={() => {}} inputRef={ref} />);
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Name' }));
  });
});
