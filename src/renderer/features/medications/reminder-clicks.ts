import { TODAY_PANEL_HASH } from './views';

/**
 * A clicked dose reminder asks for the Today panel. This listens from app
 * start, not from a mounted page, because the click may come while Cairn is
 * locked: the hash router then shows the panel as soon as the vault opens.
 */
if (typeof window !== 'undefined' && window.cairn) {
  window.cairn.on('reminders.openToday', () => {
    window.location.hash = TODAY_PANEL_HASH;
  });
}
