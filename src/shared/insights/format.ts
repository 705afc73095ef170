import { formatDay } from '../clinical/summary';

export { formatDay };

/** "5", "5.3": one decimal, trailing ".0" dropped; "—" for no value. Tables and summaries use the same text. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return String(Math.round(value * 10) / 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Nov 2026" style month heading for a bucket start ("2026-11-01" → "November 2026"). */
export const formatMonth = (first: string): string => `${MONTHS[Number(first.slice(5, 7)) - 1] ?? '?'} ${first.slice(0, 4)}`;
