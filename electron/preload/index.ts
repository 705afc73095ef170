import { contextBridge, ipcRenderer } from 'electron';
import { channels, ipcName } from '../../src/shared/channels';

// window.cairn is exactly one function per contract channel: no ipcRenderer,
// no channel strings, nothing else reaches the page.
const api = Object.fromEntries(
  channels.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(ipcName(channel), request)]),
);

contextBridge.exposeInMainWorld('cairn', Object.freeze(api));
