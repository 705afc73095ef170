import { formatDate, formatMonth as monthOf } from '../time/format';

/** A day as people read it, in their locale ("Dec 2, 2026" / "2 Dec 2026"). */
export const formatDay = (day: string): string => formatDate(day);

/** "5", "5.3": one decimal, trailing ".0" dropped; "—" for no value. Tables and summaries use the same text. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return String(Math.round(value * 10) / 10);
}

/** Month heading for a bucket start ("2026-11-01" → "November 2026"). */
export const formatMonth = (first: string): string => monthOf(first);
