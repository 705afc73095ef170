// The main process's end of the bundle-mode link (tests/harness/bundle.ts is
// the other end). When the built main bundle runs in a child Node process on
// the fake `electron`, everything Electron would do with Chromium — load the
// page, deliver `ipcRenderer.invoke`, push `webContents.send`, answer a file
// dialog, print — crosses this link to the Playwright fixture, which drives
// real Chromium. Messages (Node's IPC channel, structured clone):
//   { type: 'request', id, method, params }   either way; answered by
//   { type: 'response', id, ok, value | error }
//   { type: 'notify', method, params }        either way; no answer
// Only active when the fixture starts main with CAIRN_BUNDLE_LINK=1.

export const linked = Boolean(process.env.CAIRN_BUNDLE_LINK) && typeof process.send === 'function';

let nextId = 1;
const pending = new Map();
const served = new Map();

/** Asks the fixture for something Chromium or the person would provide (a page load, a dialog answer). */
export function request(method, params = {}) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    process.send({ type: 'request', id, method, params });
  });
}

/** Tells the fixture something happened (an event sent to the page, a notification shown). */
export function notify(method, params = {}) {
  if (process.connected) process.send({ type: 'notify', method, params });
}

/** Answers the fixture's requests for `method` (an IPC invoke, a protocol request, a menu click). */
export function serve(method, fn) {
  served.set(method, fn);
}

if (linked) {
  process.on('message', async (message) => {
    if (message.type === 'response') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.error));
      return;
    }
    const fn = served.get(message.method);
    if (message.type === 'notify') {
      fn?.(message.params);
      return;
    }
    try {
      if (!fn) throw new Error(`The fake electron does not serve "${message.method}".`);
      const value = await fn(message.params);
      process.send({ type: 'response', id: message.id, ok: true, value });
    } catch (error) {
      process.send({ type: 'response', id: message.id, ok: false, error: String(error?.message ?? error) });
    }
  });
  // The fixture went away (the test ended or crashed): a real app would lose its window and quit.
  process.on('disconnect', () => {
    for (const { reject } of pending.values()) reject(new Error('The test fixture disconnected.'));
    pending.clear();
  });
}
