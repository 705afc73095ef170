import { describe, expect, it, vi } from 'vitest';
import { applyLaunchGuard, refusedSwitches, userDataOverride } from './launch-guard';

const fakeApp = (isPackaged: boolean) => ({ isPackaged, setPath: vi.fn(), exit: vi.fn() });
const argv = (...extra: string[]) => ['/opt/Cairn/cairn', ...extra];

describe('launch guard', () => {
  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-pipe'],
    ['--inspect'],
    ['--inspect=9229'],
    ['--inspect-brk=0.0.0.0:9229'],
    ['--inspect-port=9229'],
    ['--js-flags=--allow-natives-syntax'],
  ])('a packaged app refuses %s and exits with a message', (flag) => {
    const app = fakeApp(true);
    const showError = vi.fn();
    expect(applyLaunchGuard(app, argv(flag), {}, showError, (p) => p)).toBe(false);
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(showError).toHaveBeenCalledWith('Cairn did not start', expect.stringContaining(flag.split('=')[0]!));
  });

  it('a development build starts with the same switches (tests and debugging use them)', () => {
    const app = fakeApp(false);
    expect(applyLaunchGuard(app, argv('--inspect=9229', '--remote-debugging-port=9222'), {}, vi.fn(), (p) => p)).toBe(true);
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('ignores look-alikes and ordinary arguments', () => {
    expect(refusedSwitches(argv('--inspector', '--js-flagsy', 'notes --inspect.txt', '--enable-logging'), true)).toEqual([]);
  });

  it('honours CAIRN_USER_DATA only when not packaged', () => {
    const env = { CAIRN_USER_DATA: 'tmp/cairn-test' };
    expect(userDataOverride(env, true)).toBeNull();
    expect(userDataOverride(env, false)).toBe('tmp/cairn-test');

    const packaged = fakeApp(true);
    expect(applyLaunchGuard(packaged, argv(), env, vi.fn(), (p) => `/abs/${p}`)).toBe(true);
    expect(packaged.setPath).not.toHaveBeenCalled();

    const dev = fakeApp(false);
    expect(applyLaunchGuard(dev, argv(), env, vi.fn(), (p) => `/abs/${p}`)).toBe(true);
    expect(dev.setPath).toHaveBeenCalledWith('userData', '/abs/tmp/cairn-test');
  });
});
