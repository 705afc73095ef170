/**
 * Runs `run` when the page is idle (at most 2 s later), for work split into
 * slices such as indexing ten years of records; returns how to cancel it.
 * Shared by the journal's search and Search everything.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 50);
  return () => clearTimeout(handle);
}
