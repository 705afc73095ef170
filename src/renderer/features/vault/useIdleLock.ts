import { useEffect } from 'react';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'focus'] as const;

/**
 * Calls onIdle after `minutes` without keyboard, mouse or touch activity in
 * Cairn. One timer, re-armed lazily, so mouse movement costs almost nothing.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) onIdle();
      else timer = setTimeout(check, limit - idle);
    };
    const active = () => {
      last = Date.now();
    };
    timer = setTimeout(check, limit);
    for (const name of ACTIVITY) window.addEventListener(name, active, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, active, { capture: true });
    };
  }, [minutes, onIdle]);
}
