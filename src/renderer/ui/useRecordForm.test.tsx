// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Controller } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { TextField } from './TextField';
import { useRecordForm } from './useRecordForm';

afterEach(cleanup);

const note = z.object({ id: z.string(), text: z.string().trim().min(1, 'Write something first.') });
type Note = z.output<typeof note>;

function NoteForm({ id, busy = false, onSave }: { id: string; busy?: boolean; onSave: (n: Note) => Promise<boolean> }) {
  const { control, submit, formState } = useRecordForm(note, (f: { text: string }) => ({ id, text: f.text }), { defaultValues: { text: '' }, busy, onSave });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Controller control={control} name="text" render={({ field, fieldState }) => <TextField label="Note" value={field.value} onChange={field.onChange} errorMessage={fieldState.error?.message} />} />
      <output>{formState.isDirty ? 'unsaved' : 'saved'}</output>
      <button type="submit">Save</button>
    </form>
  );
}

describe('useRecordForm', () => {
  it('shows the schema’s message on its field and saves nothing', async () => {
    const onSave = vi.fn(async () => true);
    render(<NoteForm id="a" onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Write something first.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('hands on the parsed record built from the latest props, and keeps what was typed once stored', async () => {
    const onSave = vi.fn(async () => true);
    const { rerender } = render(<NoteForm id="a" onSave={onSave} />);
    rerender(<NoteForm id="b" onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), '  slept well ');
    expect(screen.getByText('unsaved')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ id: 'b', text: 'slept well' }));
    expect(await screen.findByText('saved')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLInputElement).value).toBe('  slept well ');
  });

  it('leaves the form unsaved when the save fails, and saves nothing while busy', async () => {
    const failing = vi.fn(async () => false);
    const { rerender } = render(<NoteForm id="a" onSave={failing} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(failing).toHaveBeenCalledTimes(1));
    expect(screen.getByText('unsaved')).toBeTruthy();
    const stored = vi.fn(async () => true);
    rerender(<NoteForm id="a" busy onSave={stored} />);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(stored).not.toHaveBeenCalled();
  });
});
