import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
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
  const self = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}` : '?';
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, msSelf]) => `${msSelf.toFixed(1)} ms  ${key}`);
}
