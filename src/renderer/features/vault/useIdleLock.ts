import { useEffect } from 'react';
import { ACTIVITY_REPORT_MS } from '../../../shared/contract';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'focus'] as const;

/**
 * Calls onIdle after `minutes` without keyboard, mouse or touch activity in
 * Cairn. One timer, re-armed lazily, so mouse movement costs almost nothing.
 * `report` tells main about activity (at once, then at most every 20 s): main
 * enforces the same idle time itself, so a page that hangs cannot keep the vault open.
 */
export function useIdleLock(minutes: number, onIdle: () => void, report?: (minutes: number) => void): void {
  useEffect(() => {
    const limit = minutes * 60_000;
    let last = Date.now();
    let reported = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout>;
    const tell = () => {
      if (!report || last - reported < ACTIVITY_REPORT_MS) return;
      reported = last;
      report(minutes);
    };
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) onIdle();
      else timer = setTimeout(check, limit - idle);
    };
    const active = () => {
      last = Date.now();
      tell();
    };
    tell();
    timer = setTimeout(check, limit);
    for (const name of ACTIVITY) window.addEventListener(name, active, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, active, { capture: true });
    };
  }, [minutes, onIdle, report]);
}
