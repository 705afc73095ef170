import { useEffect, useState } from 'react';
import { localDay, localTime } from '../../shared/local-date';
import type { LocalNow } from '../../shared/medication/doses';

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
