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
