// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateField, TimeField } from './DateField';
import { focusField, focusFound } from './focus-field';
import { TextField } from './TextField';

afterEach(cleanup);

describe('focusField: a refused form puts the cursor in the field it names', () => {
  it('a date field by its id: the first segment (the group with the id takes no focus)', () => {
    render(<DateField id="entry-day" label="Date" value="2026-03-01" onChange={() => {}} />);
    act(() => focusField('entry-day'));
    expect(document.activeElement?.getAttribute('role')).toBe('spinbutton');
    expect(document.activeElement?.closest('#entry-day')).not.toBeNull();
  });

  it('a time field by its id, and a text field by its id (the input itself)', () => {
    render(
      <>
        <TimeField id="entry-time" label="Time" value="08:00" onChange={() => {}} />
        <TextField id="entry-title" label="Title" value="" onChange={() => {}} />
      </>,
    );
    act(() => focusField('entry-time'));
    expect((document.activeElement as HTMLElement).dataset.type).toBe('hour');
    act(() => focusField('entry-title'));
    expect(document.activeElement?.id).toBe('entry-title');
  });

  it('a date field by its name (react-aria puts it on a hidden input): the first segment', () => {
    const { container } = render(<DateField name="date" label="Day" value="2026-03-01" onChange={() => {}} />);
    act(() => focusFound(container.querySelector('[name="date"]')));
    expect(document.activeElement?.getAttribute('role')).toBe('spinbutton');
  });
});
