// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileField } from './FileField';

afterEach(cleanup);

describe('FileField', () => {
  it('is named by its label and hands over the chosen file', async () => {
    const onChoose = vi.fn();
    render(<FileField label="Exported file" accept=".csv" onChoose={onChoose} />);
    const file = new File(['a,b'], 'daylio.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Exported file'), file);
    expect(onChoose).toHaveBeenCalledWith(file);
  });

  it('reads its message with the field', () => {
    render(<FileField label="Exported file" onChoose={() => undefined} errorMessage="This is not a CSV file." />);
    const input = screen.getByLabelText('Exported file');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('This is not a CSV file.');
  });
});
