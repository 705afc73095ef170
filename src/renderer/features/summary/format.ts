import { formatDay } from '../../../shared/clinical/summary';

export { formatDay };

/** "6.3", or "—" when there is nothing to average. */
export const mean = (value: number | null): string => (value === null ? '—' : String(Math.round(value * 10) / 10));

/** "+2.5", "−1", "0" with a real minus sign; "—" when it cannot be computed. */
export function signed(value: number | null): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Yes", "No" or the reason it is not given: a fact about the numbers, not a verdict. */
export const yesNo = (value: boolean | null): string => (value === null ? '—' : value ? 'Yes' : 'No');

/** A name safe for the save dialog's suggestion. */
export const pdfFileName = (from: string, to: string) => `Cairn summary ${from} to ${to}.pdf`;
