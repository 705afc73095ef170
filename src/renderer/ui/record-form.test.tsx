// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { messageAt, recordResolver, type FormProblem } from './record-form';
import { TextField } from './TextField';

afterEach(cleanup);

/** A stored record as the features have them: an id, a trimmed name, a whole number, and one nested list. */
const walk = z.object({
  id: z.literal('walk-1'),
  place: z.string().trim().min(1, 'Say where you walked.'),
  minutes: z.number({ message: 'Enter the minutes as a number.' }).int().min(1, 'Enter at least 1 minute.'),
  stops: z.array(z.object({ at: z.string().min(1, 'Say where you stopped.') })),
});
type Walk = z.output<typeof walk>;

interface Fields {
  place: string;
  minutes: string;
  stop: string;
}

const build = (f: Fields) => ({ id: 'walk-1', place: f.place, minutes: f.minutes.trim() === '' ? undefined : Number(f.minutes), stops: [{ at: f.stop }] });

function WalkForm({ onSaved, fieldOf, rules }: { onSaved: (walk: Walk) => void; fieldOf?: (path: readonly PropertyKey[]) => string; rules?: (f: Fields) => FormProblem[] }) {
  const { control, handleSubmit, formState } = useForm<Fields, unknown, Walk>({
    defaultValues: { place: '', minutes: '', stop: 'bench' },
    resolver: recordResolver(walk, build, fieldOf, rules),
  });
  const field = (name: keyof Fields, label: string) => (
    <Controller control={control} name={name} render={({ field: f, fieldState }) => <TextField label={label} inputRef={f.ref} value={f.value} onChange={f.onChange} errorMessage={fieldState.error?.message} />} />
  );
  return (
    <form onSubmit={(e) => void handleSubmit(onSaved)(e)} noValidate>
      {field('place', 'Where')}
      {field('minutes', 'Minutes')}
      {field('stop', 'First stop')}
      <output data-testid="stops-message">{messageAt(formState.errors, 'stops.0.at') ?? ''}</output>
      <button type="submit">Save walk</button>
    </form>
  );
}

/** The message that describes a field: the one its aria-describedby names. */
const describedBy = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('recordResolver: one resolver for every form that makes a stored record', () => {
  it('puts each zod issue on the field its path names, and nothing is submitted', async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    render(<WalkForm onSaved={saved} fieldOf={(path) => (path[0] === 'stops' ? 'stop' : String(path[0]))} />);
    await user.type(screen.getByLabelText('Minutes'), '0');
    await user.clear(screen.getByLabelText('First stop'));
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    await waitFor(() => expect(screen.getByLabelText('Where').getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(screen.getByLabelText('Where'))).toContain('Say where you walked.');
    expect(describedBy(screen.getByLabelText('Minutes'))).toContain('Enter at least 1 minute.');
    // A nested record path ("stops.0.at") lands on the field fieldOf names for it.
    expect(describedBy(screen.getByLabelText('First stop'))).toContain('Say where you stopped.');
    expect(saved).not.toHaveBeenCalled();
  });

  it("without fieldOf, the record's own (nested) path is the field's name, and messageAt reads it", async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    render(<WalkForm onSaved={saved} />);
    await user.type(screen.getByLabelText('Where'), 'park');
    await user.type(screen.getByLabelText('Minutes'), '20');
    await user.clear(screen.getByLabelText('First stop'));
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    await waitFor(() => expect(screen.getByTestId('stops-message').textContent).toBe('Say where you stopped.'));
    expect(screen.getByLabelText('Where').getAttribute('aria-invalid')).toBeNull();
    expect(saved).not.toHaveBeenCalled();
  });

  it("puts the form's own rule first: on a field the schema also refuses, the rule's message is the one shown", async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    const rules = (f: Fields): FormProblem[] => (f.minutes.trim() === '0' ? [{ field: 'minutes', message: 'A walk of 0 minutes is a rest: log it there.' }] : []);
    render(<WalkForm onSaved={saved} rules={rules} />);
    await user.type(screen.getByLabelText('Where'), 'park');
    await user.type(screen.getByLabelText('Minutes'), '0');
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    await waitFor(() => expect(screen.getByLabelText('Minutes').getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(screen.getByLabelText('Minutes'))).toContain('A walk of 0 minutes is a rest: log it there.');
    expect(describedBy(screen.getByLabelText('Minutes'))).not.toContain('Enter at least 1 minute.');
    expect(saved).not.toHaveBeenCalled();
  });

  it('a rule alone refuses a record the schema accepts', async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    render(<WalkForm onSaved={saved} rules={(f) => (f.place.includes('motorway') ? [{ field: 'place', message: 'Pick somewhere you can walk.' }] : [])} />);
    await user.type(screen.getByLabelText('Where'), 'motorway');
    await user.type(screen.getByLabelText('Minutes'), '5');
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    await waitFor(() => expect(describedBy(screen.getByLabelText('Where'))).toContain('Pick somewhere you can walk.'));
    expect(saved).not.toHaveBeenCalled();
  });

  it('hands the submit handler the parsed record (trimmed, numbers as numbers), not the typed fields', async () => {
    const user = userEvent.setup();
    const saved = vi.fn();
    render(<WalkForm onSaved={saved} />);
    await user.type(screen.getByLabelText('Where'), '  the park  ');
    await user.type(screen.getByLabelText('Minutes'), '25');
    await user.click(screen.getByRole('button', { name: 'Save walk' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(saved.mock.calls[0]![0]).toEqual({ id: 'walk-1', place: 'the park', minutes: 25, stops: [{ at: 'bench' }] });
  });
});
