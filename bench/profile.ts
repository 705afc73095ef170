import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/**
 * Runs `action` under the renderer's CPU profiler (BENCH_PROFILE=1 only) and
 * returns the functions with the most self time, to find where a figure goes.
 */
export async function topSelfTime(page: Page, action: () => Promise<unknown>, top = 12): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const { nodes, samples = [], timeDeltas = [] } = profile as unknown as { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (id: number) => {
    const frame = byId.get(id)?.callFrame;
    return frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}` : '?';
  };
  const self = new Map<string, number>();
  // Inclusive time of the app's own functions (those in the bundle's assets), to see which component a cost comes from.
  const total = new Map<string, number>();
  samples.forEach((id, i) => {
    const ms = (timeDeltas[i] ?? 0) / 1000;
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (!byId.get(at)?.callFrame.url.includes('/assets/')) continue;
      const key = keyOf(at);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const lines = (map: Map<string, number>, what: string) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, t]) => `${t.toFixed(1)} ms ${what}  ${key}`);
  return [...lines(self, 'self'), ...lines(total, 'incl.')];
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time, which waiting for a core shared with other processes does not inflate. */
  tdur?: number;
  tid: number;
  pid: number;
}

async function trace(page: Page, action: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  // The renderer's main thread is the one that ran the most layout and script.
  const threads = new Map<string, number>();
  for (const e of events) if (e.name === 'Layout' || e.name === 'FunctionCall') threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
}

/**
 * Each key typed under a Chromium performance trace (BENCH_TRACE=1 or
 * BENCH_PROFILE=1): the renderer main thread's CPU time per key (its tasks'
 * thread time, so a core taken by another process does not count), and the
 * CPU time by event over all keys (script, style, layout, paint…; nested
 * events overlap), to compare two builds on a loaded machine.
 */
export async function cpuPerKey(
  page: Page,
  keys: string,
  typeOne: (key: string) => Promise<unknown>,
): Promise<{ perKey: number[]; phases: string[]; worstKeys: string[] }> {
  const perKey: number[] = [];
  const totals = new Map<string, { ms: number; count: number }>();
  const byKey: Map<string, number>[] = [];
  for (const key of keys) {
    const events = await trace(page, () => typeOne(key));
    perKey.push(events.filter((e) => e.name === 'RunTask').reduce((ms, e) => ms + (e.tdur ?? 0) / 1000, 0));
    const own = new Map<string, number>();
    for (const e of events) {
      const t = totals.get(e.name) ?? { ms: 0, count: 0 };
      t.ms += (e.tdur ?? 0) / 1000;
      t.count += 1;
      totals.set(e.name, t);
      own.set(e.name, (own.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    }
    byKey.push(own);
  }
  const phases = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14).map(([name, t]) => `${t.ms.toFixed(1)} ms CPU  ${name} (x${t.count})`);
  // What the three costliest keys are made of: a worst key is a figure of its own (issue 22's target), not a median.
  const worstKeys = perKey
    .map((ms, i) => ({ ms, i }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ ms, i }) => {
      const typed = keys.slice(0, i + 1);
      const parts = [...byKey[i]!].filter(([name]) => name !== 'RunTask').sort((a, b) => b[1] - a[1]).slice(0, 8);
      return `key ${i + 1} ("${typed}"): ${ms.toFixed(1)} ms CPU = ${parts.map(([name, t]) => `${name} ${t.toFixed(1)}`).join(', ')}`;
    });
  return { perKey, phases, worstKeys };
}

/**
 * Each key typed under the CPU profiler on its own (BENCH_PROFILE=1): the
 * functions that cost most in the given keys (1-based), to say what a worst key is made of.
 */
export async function profileKeys(page: Page, keys: string, typeOne: (key: string) => Promise<unknown>, which: readonly number[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (!which.includes(i + 1)) {
      await typeOne(keys[i]!);
      continue;
    }
    const top = await topSelfTime(page, () => typeOne(keys[i]!), 14);
    out.push(`key ${i + 1} ("${keys.slice(0, i + 1)}"):`, ...top.map((line) => `  ${line}`));
  }
  return out;
}
