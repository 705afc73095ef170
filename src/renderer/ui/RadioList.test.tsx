// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RadioList } from './RadioList';

afterEach(cleanup);

const OPTIONS = [
  { value: 'merge', label: 'Merge: add the records' },
  { value: 'replace', label: 'Replace: make it exactly the backup' },
] as const;

function Harness({ isDisabled }: { isDisabled?: boolean }) {
  const [value, setValue] = useState<'merge' | 'replace'>('merge');
  return <RadioList label="Restore how?" options={OPTIONS} value={value} onChange={setValue} isDisabled={isDisabled} />;
}

describe('RadioList', () => {
  it('is a labelled group whose arrow keys move the choice', async () => {
    render(<Harness />);
    expect(screen.getByRole('radiogroup', { name: 'Restore how?' })).toBeTruthy();
    const merge = screen.getByRole('radio', { name: 'Merge: add the records' }) as HTMLInputElement;
    expect(merge.checked).toBe(true);
    merge.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: 'Replace: make it exactly the backup' }) as HTMLInputElement).checked).toBe(true);
  });

  it('takes no choice while disabled', async () => {
    render(<Harness isDisabled />);
    await userEvent.click(screen.getByText('Replace: make it exactly the backup'));
    expect((screen.getByRole('radio', { name: 'Merge: add the records' }) as HTMLInputElement).checked).toBe(true);
  });
});
