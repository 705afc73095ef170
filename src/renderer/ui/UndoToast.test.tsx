// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider, useOfferUndo } from './UndoProvider';

afterEach(cleanup);

function Offer({ label, message, undo }: { label: string; message: string; undo: () => void }) {
  const offerUndo = useOfferUndo();
  return (
    <button type="button" onClick={() => offerUndo({ message, undo })}>
      {label}
    </button>
  );
}

/** As the app has it: the shell's provider around a list, and a record panel with its own provider (GoalDialog) inside. */
function ListWithPanel({ undoGoal, undoCheckIn }: { undoGoal: () => void; undoCheckIn: () => void }) {
  return (
    <UndoProvider>
      <Offer label="Delete goal" message="Goal deleted." undo={undoGoal} />
      <UndoProvider>
        <Offer label="Remove check-in" message="Check-in removed." undo={undoCheckIn} />
      </UndoProvider>
    </UndoProvider>
  );
}

const ctrlZ = () => fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });

describe('Ctrl+Z with two Undo toasts live (a list and a record panel)', () => {
  it('undoes the newest action only, once; the next Ctrl+Z undoes the one before', async () => {
    const user = userEvent.setup();
    const undoGoal = vi.fn();
    const undoCheckIn = vi.fn();
    render(<ListWithPanel undoGoal={undoGoal} undoCheckIn={undoCheckIn} />);
    await user.click(screen.getByRole('button', { name: 'Delete goal' }));
    await user.click(screen.getByRole('button', { name: 'Remove check-in' }));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual([expect.stringContaining('Check-in removed.'), expect.stringContaining('Goal deleted.')]);

    ctrlZ();
    expect(undoCheckIn).toHaveBeenCalledTimes(1);
    expect(undoGoal).not.toHaveBeenCalled();
    expect(screen.queryByText('Check-in removed.')).toBeNull();
    expect(screen.getByText('Goal deleted.')).toBeTruthy();

    ctrlZ();
    expect(undoGoal).toHaveBeenCalledTimes(1);
    expect(undoCheckIn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();

    // Nothing left to undo: a third press does nothing.
    ctrlZ();
    expect(undoGoal).toHaveBeenCalledTimes(1);
    expect(undoCheckIn).toHaveBeenCalledTimes(1);
  });

  it('the newest is the one offered last, whichever toast shows it', async () => {
    const user = userEvent.setup();
    const undoGoal = vi.fn();
    const undoCheckIn = vi.fn();
    render(<ListWithPanel undoGoal={undoGoal} undoCheckIn={undoCheckIn} />);
    await user.click(screen.getByRole('button', { name: 'Remove check-in' }));
    await user.click(screen.getByRole('button', { name: 'Delete goal' }));
    ctrlZ();
    expect(undoGoal).toHaveBeenCalledTimes(1);
    expect(undoCheckIn).not.toHaveBeenCalled();
  });

  it('pressing Undo in the older toast undoes that one, and Ctrl+Z still reaches the newer', async () => {
    const user = userEvent.setup();
    const undoGoal = vi.fn();
    const undoCheckIn = vi.fn();
    render(<ListWithPanel undoGoal={undoGoal} undoCheckIn={undoCheckIn} />);
    await user.click(screen.getByRole('button', { name: 'Delete goal' }));
    await user.click(screen.getByRole('button', { name: 'Remove check-in' }));
    const goalToast = screen.getByText('Goal deleted.').closest('[role="status"]') as HTMLElement;
    await user.click(goalToast.querySelector('button') as HTMLElement);
    expect(undoGoal).toHaveBeenCalledTimes(1);
    ctrlZ();
    expect(undoCheckIn).toHaveBeenCalledTimes(1);
    expect(undoGoal).toHaveBeenCalledTimes(1);
  });
});
