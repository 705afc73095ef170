import { useEffect, useState } from 'react';
import type { LocalNow } from '../../../shared/medication/doses';

const pad = (n: number) => String(n).padStart(2, '0');

export const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
export const localTime = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
export const localNow = (d = new Date()): LocalNow => ({ day: localDay(d), time: localTime(d) });

/** The instant a local day and clock time refer to (daylight-saving shifts included). */
export function instantOf(day: string, time: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(y!, m! - 1, d!, h!, min!).getTime();
}

/** The local day and minute, refreshed each minute so "today" rolls over at midnight. */
export function useLocalNow(): LocalNow {
  const [now, setNow] = useState(localNow);
  useEffect(() => {
    const timer = setInterval(() => {
      const next = localNow();
      setNow((prev) => (prev.day === next.day && prev.time === next.time ? prev : next));
    }, 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
