import { shortcuts } from './shortcuts';

const pageShortcuts = shortcuts
  .filter((s) => s.id.startsWith('go.') || ['file.newEntry', 'file.checkin', 'file.printSummary', 'help.shortcuts'].includes(s.id))
  .map((s) => s.id);

/** What a menu item can ask the page to do: every shortcut the page carries out, plus About. */
export const menuCommandIds: [string, ...string[]] = ['help.about', ...pageShortcuts];

export type MenuCommandId = string;
