import { describe, expect, it } from 'vitest';
import { markdownToPlain, withoutAddresses } from './plain-text';

describe('markdownToPlain', () => {
  it('keeps the words a reader sees and drops Markdown syntax and link addresses', () => {
    const md = [
      '## Morning ##',
      'My **anxiety** was _lower_, and *calm* came `slowly`.',
      '- walked to the harbour',
      '1. read [the guide](https://example.org/anxiety-guide "title")',
      '> breathe out',
      '![a photo of the sea](sea.jpg)',
      '---',
      '[ref]: https://example.org/hidden',
    ].join('\n');
    expect(markdownToPlain(md)).toBe(
      'Morning My anxiety was lower, and calm came slowly. walked to the harbour read the guide breathe out a photo of the sea',
    );
  });

  it('leaves HTML, snake_case and code as typed', () => {
    expect(markdownToPlain('<b>x</b> file_name_here 2 * 3 * 4')).toBe('<b>x</b> file_name_here 2 * 3 * 4');
    expect(markdownToPlain('```\n- not a list\n```')).toBe('- not a list');
    expect(markdownToPlain('\\*not emphasis\\*')).toBe('*not emphasis*');
  });

  it('blanks typed addresses for indexing', () => {
    expect(withoutAddresses('see https://example.org/anxiety today')).toBe('see   today');
  });
});
