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
  async chooseOpenPath({ title, extensions }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = {
      title,
      properties: ['openFile' as const],
      filters: [{ name: 'Cairn backup', extensions }],
    };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseFolder({ title }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
