import { useEffect } from 'react';
import { matchesShortcut, shortcut } from '../../../shared/shortcuts';
import { api } from '../../app/api';

/** Ctrl/Cmd+K and Go → Search Everything… both call `open`. */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const key = shortcut('go.search');
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !matchesShortcut(key, event)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = api.on('menu.command', ({ id }) => {
      if (id === key.id) open();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [open]);
}
