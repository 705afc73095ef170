import type { ClipboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { pasteWithin } from './paste-limit';

/** The parts of a React paste event the handler reads. */
function paste(text: string, field: { value: string; selectionStart: number; selectionEnd: number }) {
  const preventDefault = vi.fn();
  const event = { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') }, currentTarget: field, preventDefault };
  return { event: event as unknown as ClipboardEvent<HTMLTextAreaElement>, preventDefault };
}

describe('pasteWithin', () => {
  it('lets a paste through that keeps the field within the limit', () => {
    const refused = vi.fn();
    const { event, preventDefault } = paste('12345', { value: 'abcde', selectionStart: 5, selectionEnd: 5 });
    pasteWithin(10, refused)(event);
    expect(preventDefault).not.toHaveBeenCalled();
    expect(refused).not.toHaveBeenCalled();
  });

  it('refuses one character too many, with the sizes in words and nothing inserted', () => {
    const refused = vi.fn();
    const { event, preventDefault } = paste('x'.repeat(250_000), { value: 'kept', selectionStart: 4, selectionEnd: 4 });
    pasteWithin(200_000, refused)(event);
    expect(preventDefault).toHaveBeenCalledOnce();
    expect(refused.mock.calls[0]![0]).toMatch(/^That paste is 250,000 characters, and this field holds up to 200,000\. Nothing was pasted/);
  });

  it('counts the selection the paste replaces as gone', () => {
    const refused = vi.fn();
    // 10 characters, 6 of them selected: 4 stay, plus 6 pasted = 10, at the limit.
    const { event, preventDefault } = paste('123456', { value: 'abcdefghij', selectionStart: 2, selectionEnd: 8 });
    pasteWithin(10, refused)(event);
    expect(preventDefault).not.toHaveBeenCalled();
    const over = paste('1234567', { value: 'abcdefghij', selectionStart: 2, selectionEnd: 8 });
    pasteWithin(10, refused)(over.event);
    expect(over.preventDefault).toHaveBeenCalledOnce();
  });
});
