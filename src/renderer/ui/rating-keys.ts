/** How long after a "1" a "0" still means ten rather than zero. */
export const TEN_WINDOW_MS = 800;

export interface LastDigit {
  digit: string;
  at: number;
}

/**
 * What a key press sets a rating to: a digit sets that value ("1" then "0"
 * quickly sets 10 on a scale that reaches 10); Backspace/Delete clears it.
 * `undefined` in `value` means "clear"; null means the key is not ours
 * (arrows are react-aria's, Enter is the form's).
 */
export function ratingForKey(
  key: string,
  range: { min: number; max: number },
  last: LastDigit | null,
  now: number,
): { value: number | undefined } | null {
  if (key === 'Backspace' || key === 'Delete') return { value: undefined };
  if (!/^[0-9]$/.test(key)) return null;
  if (key === '0' && range.max >= 10 && last?.digit === '1' && now - last.at <= TEN_WINDOW_MS) return { value: 10 };
  const n = Number(key);
  if (n < range.min || n > range.max) return null;
  return { value: n };
}
