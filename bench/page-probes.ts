/*
 * Functions run inside the page with page.evaluate: they must not close over
 * anything from this module. Timings use the page's own clock.
 */

/**
 * Writes rows into Dexie's database 'cairn' (Dexie version 1 = IndexedDB version 10), store 'rows', keyPath 'id',
 * as the app stores them: envelope bytes (they arrive as base64 text, decoded here).
 */
export async function seedRows(sent: { id: string; env: string }[]): Promise<void> {
  const rows = sent.map(({ id, env }) => {
    const binary = atob(env);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { id, env: bytes };
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cairn', 10);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains('rows')) request.result.createObjectStore('rows', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite');
    for (const row of rows) tx.objectStore('rows').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The floor for reading: one getAll in one read transaction, no Dexie, no app code. */
export async function rawRead(): Promise<{ ms: number; rows: number; bytes: number }> {
  const started = performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cairn');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const rows = await new Promise<{ env: Uint8Array }[]>((resolve, reject) => {
    const request = db.transaction('rows', 'readonly').objectStore('rows').getAll();
    request.onsuccess = () => resolve(request.result as { env: Uint8Array }[]);
    request.onerror = () => reject(request.error);
  });
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: rows.length, bytes: rows.reduce((n, r) => n + r.env.byteLength, 0) };
}

/** Starts watching for the app shell; `probeUnlockResult` reads click -> shell time afterwards. */
export function probeUnlockStart(): void {
  const w = window as unknown as { __bench: Record<string, number> };
  w.__bench = {};
  // The harness logs each round trip with its payloads while this is an array (tests/harness/harness.ts).
  (window as unknown as { __cairnHarnessCalls?: unknown[] }).__cairnHarnessCalls = [];
  performance.clearMeasures();
  document.addEventListener('click', () => (w.__bench.click ??= performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (document.querySelector('nav[aria-label="Sections"]')) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__bench.shell = performance.now())));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

export function probeUnlockResult(): Record<string, number> {
  const b = (window as unknown as { __bench: Record<string, number> }).__bench;
  const measure = (name: string) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? NaN;
  return {
    clickToShell: (b.shell ?? NaN) - (b.click ?? NaN),
    load: measure('cairn:load'),
    read: measure('cairn:load:read'),
    open: measure('cairn:load:open'),
    store: measure('cairn:load:store'),
  };
}

/**
 * A measure (the unlock's 'cairn:load', a 'cairn:save') without this harness's
 * transport, and with a stand-in for Electron's: the harness's round trips that
 * happened inside the measure, and the same requests and responses structured-cloned through a
 * MessageChannel in this page (what ipcRenderer.invoke does to its payloads:
 * one clone each way, each read back on the other side). Main's own time per
 * call is added in Node from harness.mainMs. Stops the log, freeing the payloads.
 */
export async function transportDuring(measure: string): Promise<{ calls: number[]; roundTrips: number; ipcProxy: number }> {
  const w = window as unknown as { __cairnHarnessCalls?: { call: number; started: number; ended: number; request: unknown; response: unknown }[] };
  const log = w.__cairnHarnessCalls ?? [];
  w.__cairnHarnessCalls = undefined;
  const load = performance.getEntriesByName(measure, 'measure').at(-1);
  if (!load) return { calls: [], roundTrips: NaN, ipcProxy: NaN };
  const inLoad = log.filter((c) => c.started >= load.startTime && c.ended <= load.startTime + load.duration);
  const { port1, port2 } = new MessageChannel();
  const arrive = (port: MessagePort) => new Promise<void>((resolve) => {
    port.onmessage = (event) => {
      void (event.data as unknown); // reading data is what deserialises it
      resolve();
    };
  });
  let ipcProxy = 0;
  for (const call of inLoad) {
    const started = performance.now();
    const there = arrive(port2);
    port1.postMessage(call.request);
    await there;
    const back = arrive(port1);
    port2.postMessage(call.response);
    await back;
    ipcProxy += performance.now() - started;
  }
  port1.close();
  port2.close();
  return { calls: inLoad.map((c) => c.call), roundTrips: inLoad.reduce((n, c) => n + c.ended - c.started, 0), ipcProxy };
}

/** Starts the harness's log of round trips (read by transportDuring). */
export function startCallLog(): void {
  (window as unknown as { __cairnHarnessCalls?: unknown[] }).__cairnHarnessCalls = [];
}

export function lastMeasure(name: string): { count: number; ms: number } {
  const entries = performance.getEntriesByName(name, 'measure');
  return { count: entries.length, ms: entries.at(-1)?.duration ?? NaN };
}

/**
 * Navigates to `hash` and resolves with the time until `selector` is in the
 * DOM and a frame has been painted with it.
 */
export async function timeRoute([hash, selector]: [string, string]): Promise<number> {
  const started = performance.now();
  location.hash = hash;
  await new Promise<void>((resolve) => {
    const check = () => {
      if (document.querySelector(selector)) return requestAnimationFrame(() => setTimeout(resolve)), true;
      return false;
    };
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true });
  });
  return performance.now() - started;
}

/**
 * Jumps the virtual timeline to the day `daysAgo` back (newest first, one day
 * per row as every day has a check-in), correcting the position until that
 * row is rendered; resolves with the time until it is painted.
 */
export async function scrollTimelineTo(daysAgo: number): Promise<{ ms: number; steps: number; shown: string }> {
  const scroller = document.querySelector<HTMLElement>('[role="region"][aria-label^="Timeline"]');
  if (!scroller) throw new Error('No timeline on the page.');
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const rendered = () => [...scroller.querySelectorAll<HTMLElement>('li[data-index]')].map((li) => Number(li.dataset.index));
  const started = performance.now();
  let steps = 0;
  for (; steps < 20; steps++) {
    const indices = rendered();
    if (indices.includes(daysAgo)) break;
    const count = Number(scroller.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize') ?? 1);
    const perRow = scroller.scrollHeight / count;
    const first = indices.length ? Math.min(...indices) : 0;
    const firstTop = scroller.querySelector<HTMLElement>(`li[data-index="${first}"]`)?.offsetTop ?? 0;
    scroller.scrollTop = steps === 0 ? daysAgo * perRow : firstTop + (daysAgo - first) * perRow;
    await frame();
  }
  const ms = performance.now() - started;
  return { ms, steps, shown: scroller.querySelector(`li[data-index="${daysAgo}"] h3`)?.textContent ?? '' };
}

/**
 * Records keydown times and the frame after the last DOM change, to time keystroke -> results painted.
 * Installed once per page: a later call only starts the record afresh, so the probes timed after it
 * (the journal's search, Search everything, the summary) do not each add a listener and an observer.
 */
export function probeTypingStart(): void {
  const w = window as unknown as { __typing: { down: number; painted: number }; __typingProbed?: true };
  w.__typing = { down: 0, painted: 0 };
  if (w.__typingProbed) return;
  w.__typingProbed = true;
  document.addEventListener('keydown', () => {
    w.__typing.down = performance.now();
    w.__typing.painted = 0;
    requestAnimationFrame(() => setTimeout(() => (w.__typing.painted = Math.max(w.__typing.painted, performance.now()))));
  }, { capture: true });
  new MutationObserver(() => {
    requestAnimationFrame(() => setTimeout(() => (w.__typing.painted = performance.now())));
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** Keystroke -> last painted change, once nothing has changed for 250 ms. */
export async function probeTypingResult(): Promise<number> {
  const t = (window as unknown as { __typing: { down: number; painted: number } }).__typing;
  for (;;) {
    const before = t.painted;
    await new Promise((r) => setTimeout(r, 250));
    if (before !== 0 && before === t.painted) return t.painted - t.down;
  }
}

/** The renderer's decode step alone (decodeSegment is JSON.parse plus a version check), median per pass in ms. */
export function timeDecode({ texts, runs }: { texts: string[]; runs: number }): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    let records = 0;
    for (const text of texts) records += (JSON.parse(text) as { records: unknown[] }).records.length;
    times.push(performance.now() - started + (records < 0 ? 1 : 0));
  }
  return times;
}

/**
 * What a save costs before any app code: one IPC round trip through window.cairn
 * (vault.status, no crypto) and one raw IndexedDB put of an envelope-sized row
 * into a scratch database. Medians in ms.
 */
export async function timeSaveFloor({ runs, envBytes }: { runs: number; envBytes: number }): Promise<{ ipc: number; put: number }> {
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;
  const api = (window as unknown as { cairn: Record<string, (r: object) => Promise<unknown>> }).cairn;
  const ipc: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await api['vault.status']!({});
    ipc.push(performance.now() - started);
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-scratch', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const put: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('rows', 'readwrite');
      tx.objectStore('rows').put({ id: 'row', env: new Uint8Array(envBytes).fill(i) });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    put.push(performance.now() - started);
  }
  db.close();
  return { ipc: median(ipc), put: median(put) };
}

/**
 * Sets a form control's value as a user would and resolves with the time until
 * the DOM has been quiet for 300 ms, measured to the frame after the last
 * change. A native field gets its native setter + input and change events
 * (which React listens to); a kit Select (a button that opens a list, as the
 * period pickers are) is opened first, untimed, and the option whose text is
 * `value` is clicked, the click being what is timed.
 */
export async function timeControlChange([selector, value]: [string, string]): Promise<number> {
  const control = document.querySelector<HTMLElement>(selector);
  if (!control) throw new Error(`No control ${selector}`);
  let choose: () => void;
  if (control instanceof HTMLButtonElement) {
    control.click();
    const opening = performance.now();
    const optionNamed = () => [...document.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]')].find((o) => o.textContent?.trim() === value);
    while (!optionNamed()) {
      if (performance.now() - opening > 10_000) throw new Error(`${selector}: no option "${value}" in its list`);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    }
    // The list's own opening settles first (react-aria moves focus into it), so it is not counted.
    await new Promise((r) => setTimeout(r, 300));
    choose = () => optionNamed()!.click();
  } else {
    const field = control as HTMLInputElement | HTMLSelectElement;
    const proto = field instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    choose = () => {
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
  }
  let painted = 0;
  const observer = new MutationObserver(() => requestAnimationFrame(() => setTimeout(() => (painted = performance.now()))));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  const started = performance.now();
  choose();
  requestAnimationFrame(() => setTimeout(() => (painted = Math.max(painted, performance.now()))));
  for (;;) {
    const before = painted;
    await new Promise((r) => setTimeout(r, 300));
    if (before !== 0 && before === painted) break;
    // A page that never stops changing must not hang the bench.
    if (performance.now() - started > 60_000) throw new Error(`${selector} = ${value}: the page did not settle in 60 s`);
  }
  observer.disconnect();
  // A click that chose nothing would time one idle frame: the Select's button shows what it holds.
  if (control instanceof HTMLButtonElement && !control.textContent?.includes(value)) throw new Error(`${selector}: "${value}" was clicked but not chosen`);
  return painted - started;
}

/**
 * Navigates to `hash` and resolves with the time until the page has settled:
 * the frame after the last DOM change, once nothing has changed for 300 ms and
 * no lazy-loading placeholder ("Loading …") is left.
 */
export async function timeRouteSettled(hash: string): Promise<number> {
  let painted = 0;
  let last: Node | null = null;
  const observer = new MutationObserver((changes) => {
    last = changes.at(-1)?.target ?? last;
    requestAnimationFrame(() => setTimeout(() => (painted = performance.now())));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  const started = performance.now();
  location.hash = hash;
  requestAnimationFrame(() => setTimeout(() => (painted = Math.max(painted, performance.now()))));
  for (;;) {
    const before = painted;
    await new Promise((r) => setTimeout(r, 300));
    const loading = [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.startsWith('Loading'));
    if (before !== 0 && before === painted && !loading) break;
    // Something that never stops changing (an animation) must not hang the bench: say what it is.
    if (performance.now() - started > 20_000) {
      const at = last as Node | null;
      const where = at instanceof Element ? at.outerHTML.slice(0, 200) : at?.parentElement?.outerHTML.slice(0, 200);
      throw new Error(`${hash} did not settle in 20 s; still changing: ${where ?? '?'}`);
    }
  }
  observer.disconnect();
  return painted - started;
}

/**
 * Watches for the next click (capture phase, so before the app's own handler)
 * and for every DOM change after it; `probeClickResult` reads what the person waited for.
 */
export function probeClickStart(): void {
  const state = { at: 0, painted: 0, shown: 0 };
  (window as unknown as { __click: typeof state & { observer?: MutationObserver } }).__click = state;
  document.addEventListener('click', () => (state.at = performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => requestAnimationFrame(() => setTimeout(() => (state.painted = performance.now()))));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  (window as unknown as { __click: { observer?: MutationObserver } }).__click.observer = observer;
}

/**
 * After a check-in's Save click: `shown` = click -> the first frame painted
 * with the dialog gone and the journal's "Check-in saved" notice up (the
 * record is committed and the page drawn from it before that); `settled` =
 * click -> the frame after the last DOM change, once nothing has changed for
 * 300 ms (a virtual list re-measuring its rows after that frame counts).
 */
export async function probeSaveShown(): Promise<{ shown: number; settled: number }> {
  const state = (window as unknown as { __click: { at: number; painted: number; observer?: MutationObserver } }).__click;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const done = () =>
    state.at > 0 &&
    document.querySelector('[role="dialog"]') === null &&
    [...document.querySelectorAll('p[role="status"]')].some((p) => p.textContent?.startsWith('Check-in saved'));
  const started = performance.now();
  // Polled every frame: at most one frame late, and the frame is the one the person sees.
  while (!done()) {
    if (performance.now() - started > 60_000) throw new Error('The check-in was not shown as saved within 60 s.');
    await frame();
  }
  const shown = performance.now() - state.at;
  for (;;) {
    const before = state.painted;
    await new Promise((r) => setTimeout(r, 300));
    if (before === state.painted) break;
  }
  state.observer?.disconnect();
  return { shown, settled: Math.max(state.painted, state.at + shown) - state.at };
}

/** The last of each of the repository's write steps (src/renderer/db/repository.ts), in ms. */
export function lastWriteSteps(): Record<string, number> {
  const steps = ['queue', 'encode', 'seal', 'hash', 'stage', 'put', 'store', 'header'];
  return Object.fromEntries(steps.map((step) => [step, performance.getEntriesByName(`cairn:write:${step}`, 'measure').at(-1)?.duration ?? NaN]));
}
