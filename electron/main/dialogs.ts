import { BrowserWindow, dialog } from 'electron';
import type { Dialogs } from './services/dialogs';

/** Native file dialogs, parented to the focused Cairn window. */
export const electronDialogs: Dialogs = {
  async chooseSavePath({ title, defaultName }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath: defaultName };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};
