import { useEffect, useState } from 'react';
import { goPath, matchesShortcut, shortcut, shortcuts } from '../../shared/shortcuts';
import { CHECKIN_PATH } from '../features/journal/useCheckinShortcut';
import { api } from './api';

/** Focuses an element as soon as it appears, trying for about five seconds of frames. */
function focusWhenShown(id: string, framesLeft = 300): void {
  const element = document.getElementById(id);
  if (element) return element.focus();
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(id, framesLeft - 1));
}

export type HelpDialog = 'shortcuts' | 'about' | null;

/**
 * Carries out what the application menu asks for (the contract's menu.command
 * event) and owns Ctrl/Cmd+/ for the shortcuts dialog. Navigation repeats
 * harmlessly if a key reaches both the menu and the page.
 */
export function useMenuCommands(navigate: (to: string) => Promise<void> | void): [HelpDialog, (dialog: HelpDialog) => void] {
  const [dialog, setDialog] = useState<HelpDialog>(null);
  useEffect(
    () =>
      api.on('menu.command', ({ id }) => {
        const go = shortcuts.find((s) => s.id === id);
        const path = go ? goPath(go) : null;
        if (path) return void navigate(path);
        if (id === 'file.checkin') return void navigate(CHECKIN_PATH);
        if (id === 'file.printSummary') return void navigate('/summary');
        if (id === 'file.newEntry') {
          // The journal opens its entry editor for ?entry=new; put the cursor in the body once it is on screen
          // (the page may still be loading).
          void navigate('/journal?entry=new');
          focusWhenShown('entry-body');
          return;
        }
        if (id === 'help.shortcuts') return setDialog('shortcuts');
        if (id === 'help.about') return setDialog('about');
      }),
    [navigate],
  );
  useEffect(() => {
    const help = shortcut('help.shortcuts');
    const onKey = (event: KeyboardEvent) => {
      if (!matchesShortcut(help, event)) return;
      event.preventDefault();
      setDialog('shortcuts');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return [dialog, setDialog];
}
