/** The few things of a tray icon this module uses (Electron's Tray; a fake in tests). */
export interface TrayLike {
  on: (event: 'click', listener: () => void) => unknown;
  destroy: () => void;
}

/** The few things of the main window this module uses. */
export interface WindowLike {
  on: (event: 'close', listener: (event: { preventDefault: () => void }) => void) => unknown;
  hide: () => void;
}

export interface PresenceOptions {
  setting: { readonly keepRunning: boolean; onChange: (listener: (keepRunning: boolean) => void) => () => void };
  /** Builds the tray icon with its menu ("Open Cairn", "Quit Cairn"). */
  createTray: () => TrayLike;
  /** Brings the window back (tray click). */
  showWindow: () => void;
  /** True once the person chose Quit: the window may then really close. */
  quitting: () => boolean;
  /** A window put away must not leave the journal open behind it. */
  lock: () => void;
}

/**
 * Reminders need Cairn running. Only when the person asks for it, closing the
 * window hides it (and locks the vault) instead of quitting, and a tray icon
 * stays to bring it back or quit. With the setting off there is no tray and
 * closing quits, as before.
 */
export function installBackgroundPresence(window: WindowLike, options: PresenceOptions): { tray: () => TrayLike | null } {
  let tray: TrayLike | null = null;
  const follow = (keepRunning: boolean) => {
    if (keepRunning && !tray) {
      tray = options.createTray();
      tray.on('click', options.showWindow);
    } else if (!keepRunning && tray) {
      tray.destroy();
      tray = null;
    }
  };
  follow(options.setting.keepRunning);
  options.setting.onChange(follow);
  window.on('close', (event) => {
    if (!options.setting.keepRunning || options.quitting()) return;
    event.preventDefault();
    window.hide();
    options.lock();
  });
  return { tray: () => tray };
}
