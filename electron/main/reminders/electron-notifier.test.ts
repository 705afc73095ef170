import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const made: (EventEmitter & { options: Record<string, unknown>; shown: boolean })[] = [];

vi.mock('electron', () => ({
  Notification: class extends EventEmitter {
    static isSupported = () => true;
    shown = false;
    constructor(public options: Record<string, unknown>) {
      super();
      made.push(this as never);
    }
    show() {
      this.shown = true;
    }
  },
}));

const { electronNotifier } = await import('./electron-notifier');

describe("Electron's notifications", () => {
  beforeEach(() => void (made.length = 0));

  it('on macOS offers Snooze 10 minutes and Snooze 1 hour as buttons', () => {
    const snooze = vi.fn();
    const open = vi.fn();
    electronNotifier('darwin').show({ title: 'Cairn', body: 'A reminder for 8:00' }, { open, snooze });
    expect(made[0]?.options).toMatchObject({ title: 'Cairn', body: 'A reminder for 8:00', actions: [{ type: 'button', text: 'Snooze 10 minutes' }, { type: 'button', text: 'Snooze 1 hour' }] });
    made[0]!.emit('action', {}, 1);
    made[0]!.emit('action', {}, 0);
    expect(snooze.mock.calls).toEqual([[60], [10]]);
    made[0]!.emit('click');
    expect(open).toHaveBeenCalledOnce();
  });

  it('elsewhere shows no buttons (the window it opens offers snooze)', () => {
    electronNotifier('linux').show({ title: 'Cairn', body: 'A reminder for 8:00' }, { open: () => {}, snooze: () => {} });
    expect(made[0]?.options.actions).toBeUndefined();
    expect(made[0]?.shown).toBe(true);
  });
});
