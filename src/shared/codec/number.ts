/**
 * Cairn's one reading of a typed number. Decided: the decimal comma is
 * accepted everywhere ("7,5" is 7.5), because people in much of the world type
 * it and Cairn never shows thousands separators in a field. A field holds one
 * number, so there is no grouping to confuse it with: "1,234" is 1.234, and the
 * field's own rule (quarter hours, whole pills…) then says what is wrong.
 */

const NUMBER = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Field text to a number: empty means "not given" (undefined); text that is
 * not one number stays NaN, so the schema names the field and says why.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!NUMBER.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** A stored number back into a field: as typed in the app (a dot), unset as empty. */
export const numberText = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** For a field that must be filled: empty is as wrong as "abc" (NaN), so one schema rule names both. */
export const requiredNumber = (text: string): number => parseNumber(text) ?? Number.NaN;
