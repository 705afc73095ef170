import { contextBridge, ipcRenderer } from 'electron';
import { channels, eventIpcName, events, ipcName, type EventName } from '../../src/shared/channels';

// window.cairn is exactly one function per contract channel plus `on` for the
// contract's events: no ipcRenderer, no free-form channel strings reach the page.
const api = Object.fromEntries(
  channels.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(ipcName(channel), request)]),
);

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!events.includes(event)) throw new Error(`Unknown Cairn event "${String(event)}"`);
  const wrapped = (_e: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(eventIpcName(event), wrapped);
  return () => ipcRenderer.removeListener(eventIpcName(event), wrapped);
}

contextBridge.exposeInMainWorld('cairn', Object.freeze({ ...api, on }));
