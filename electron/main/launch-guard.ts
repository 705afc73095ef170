/*
 * Test switches are for development builds only. A packaged Cairn ignores
 * CAIRN_USER_DATA and refuses to start with a debugger or V8 flags, because
 * any of them would let someone at the machine read the unlocked journal out
 * of the running process (or point Cairn at a folder they prepared).
 */

/** Command-line switches a packaged Cairn refuses (each lets a debugger or V8 flags in). */
const REFUSED = [/^--remote-debugging-(port|pipe)(=|$)/, /^--inspect(-brk|-port|-publish-uid)?(=|$)/, /^--js-flags(=|$)/];

/** The refused switches present in `argv`, as typed; empty for a development build. */
export function refusedSwitches(argv: readonly string[], isPackaged: boolean): string[] {
  if (!isPackaged) return [];
  return argv.filter((arg) => REFUSED.some((pattern) => pattern.test(arg))).map((arg) => arg.split('=')[0]!);
}

/** The data folder override, honoured only when running from source (tests use it for a fresh folder each). */
export function userDataOverride(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  if (isPackaged) return null;
  return env.CAIRN_USER_DATA || null;
}

export const refusalMessage = (switches: string[]) =>
  `Cairn did not start: it was launched with ${switches.join(', ')}, which would let another program read your ` +
  'journal while it is open. Start Cairn without these options.';

interface GuardApp {
  isPackaged: boolean;
  setPath: (name: 'userData', path: string) => void;
  exit: (code: number) => void;
}

/**
 * Applies both rules before anything else runs. Returns false when Cairn must
 * not start (it has already shown why and asked to exit).
 */
export function applyLaunchGuard(
  app: GuardApp,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  showError: (title: string, message: string) => void,
  resolve: (path: string) => string,
): boolean {
  const refused = refusedSwitches(argv, app.isPackaged);
  if (refused.length > 0) {
    showError('Cairn did not start', refusalMessage(refused));
    app.exit(1);
    return false;
  }
  const override = userDataOverride(env, app.isPackaged);
  if (override) app.setPath('userData', resolve(override));
  return true;
}
