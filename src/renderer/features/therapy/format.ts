import { localDay } from '../../../shared/local-date';
import { formatDay as dayInLocale } from '../../../shared/time/format';

export const today = () => localDay();

/** "Wed 25 Nov 2026" */
export const formatDay = (isoDay: string) => dayInLocale(isoDay);

/** "+3", "−35" (a real minus sign), "0"; rounded to one decimal for averages and slopes. */
export function formatSigned(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** A number field's text through the app's one number codec: blank is "not given", "7,5" is 7.5, anything else NaN for the schema to name. */
export { parseNumber as numberOrUndefined } from '../../../shared/codec/number';

// Ids and timestamps come from the one place that makes them.
export { stampNow as stamp, recordStamp as recordMeta } from '../../db/record-stamp';

/** A SUDS drop as a number; a rise is shown as one, not hidden as a negative drop. */
export function dropText(drop: number): string {
  const rounded = Math.round(drop * 10) / 10;
  return rounded < 0 ? `−${Math.abs(rounded)} (it rose)` : `${rounded}`;
}
