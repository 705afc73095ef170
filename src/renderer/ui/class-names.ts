/**
 * Joins class names for `className`, skipping the parts that are off.
 * Feature styles are CSS Modules (issue 17): a module's classes arrive as
 * strings (`styles.row`), and a state adds one only when it holds
 * (`cx(styles.row, done && styles.done)`), so React never sees "false" or a
 * doubled space.
 */
export function cx(...parts: ReadonlyArray<string | false | null | undefined>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}
