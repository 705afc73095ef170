import type { ThemeChoice } from '../../shared/domain/settings';

/**
 * Applies the Appearance choice: tokens.css reads `data-theme` on <html>
 * ('light' or 'dark' wins over the system; absent follows it).
 *
 * The choice is also kept in localStorage, outside the vault, so the unlock
 * screen already looks the way the person chose; it says only "light" or
 * "dark", nothing about them.
 */
const KEY = 'cairn.theme';

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') {
    delete root.dataset.theme;
    localStorage.removeItem(KEY);
  } else {
    root.dataset.theme = choice;
    localStorage.setItem(KEY, choice);
  }
}

/** At start-up, before the vault is open: the last choice this computer saw. */
export function applyRememberedTheme(): void {
  const remembered = localStorage.getItem(KEY);
  applyTheme(remembered === 'light' || remembered === 'dark' ? remembered : 'system');
}
