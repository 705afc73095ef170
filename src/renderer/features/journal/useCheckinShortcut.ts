import { useEffect } from 'react';

/** Where the daily check-in opens; the journal page reads `checkin` to show its dialog. */
export const CHECKIN_PATH = '/journal?checkin=today';

const isMac = typeof navigator !== 'undefined' && navigator.userAgent.includes('Mac');
export const CHECKIN_SHORTCUT_LABEL = isMac ? '⌘⇧K' : 'Ctrl+Shift+K';
export const CHECKIN_ARIA_SHORTCUT = isMac ? 'Meta+Shift+K' : 'Control+Shift+K';

const isCheckinShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k';

/**
 * Ctrl/Cmd+Shift+K opens today's check-in. Used by the journal page and, with
 * the app router's navigate, once in UnlockedApp so it works on every page.
 * When both listen, the first one handles the key and the other sees it was handled.
 */
export function useCheckinShortcut(navigate: (to: string) => unknown): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isCheckinShortcut(event)) return;
      event.preventDefault();
      void navigate(CHECKIN_PATH);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
