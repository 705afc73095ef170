import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * An event handler with one identity for the component's life that always
 * runs the latest `handler`, so memoised rows (the timeline's cards) are not
 * redrawn just because the page re-rendered. For events only: it must not be
 * called while rendering.
 */
export function useStableHandler<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
