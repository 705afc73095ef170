import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../renderer/features/import/decode';
import { MAX_IMPORT_BYTES, readCsv, sizeProblem } from './csv-reader';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/imports/${name}`));
const table = (text: string) => {
  const result = readCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.table;
};

describe('readCsv', () => {
  it('reads UTF-8, UTF-8 with a BOM and UTF-16 LE/BE with a BOM to the same rows', () => {
    const plain = table(decodeBytes(fixture('daylio.csv')));
    expect(plain.header[0]).toBe('full_date');
    for (const name of ['daylio-utf8-bom.csv', 'daylio-utf16le.csv']) {
      const other = table(decodeBytes(fixture(name)));
      expect(other.header).toEqual(plain.header);
      expect(other.rows.map((r) => r.cells.map((c) => c.replace(/\r\n/g, '\n')))).toEqual(plain.rows.map((r) => r.cells));
    }
    const text = 'a,b\n1,é\n';
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) be.set([text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff], 2 + i * 2);
    expect(table(decodeBytes(be)).rows[0]?.cells).toEqual(['1', 'é']);
  });

  it('keeps quoted line breaks inside one cell and numbers rows by the line they start on', () => {
    const t = table(decodeBytes(fixture('daylio.csv')));
    expect(t.rows[0]).toMatchObject({ line: 2 });
    expect(t.rows[0]?.cells[7]).toBe('Lunch with my sister.\nWe walked by the river.');
    expect(t.rows[1]?.line).toBe(4);
    expect(t.rows[4]?.cells[7]).toBe('Therapy was heavy, "in a good way" she said.');
  });

  it('finds the semicolon delimiter from the header, even with a blank last line', () => {
    const t = table('Day;Mood\r\n1;2\r\n\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('refuses empty, binary, one-column and unterminated files with a sentence naming the line', () => {
    expect(readCsv('')).toEqual({ ok: false, message: 'This file is empty.' });
    expect(readCsv('\uFEFF  \n ')).toEqual({ ok: false, message: 'This file is empty.' });
    const binary = readCsv(decodeBytes(fixture('binary.csv')));
    expect(binary.ok).toBe(false);
    expect(!binary.ok && binary.message).toMatch(/^Line 1 holds binary data/);
    expect(readCsv('a,b\n1,2\nx\u0000y')).toMatchObject({ ok: false, message: expect.stringMatching(/^Line 3 holds binary data/) });
    expect(readCsv('just some words\nmore words')).toMatchObject({ ok: false, message: expect.stringMatching(/^Line 1 has only one column/) });
    expect(readCsv('a,b\n1,2\n3,"never closed\n4,5')).toMatchObject({ ok: false, message: expect.stringMatching(/^Line 3 opens a quotation mark/) });
  });

  it('lists a row with more columns than the header as a problem on its line', () => {
    expect(table('a,b\n1,2\n1,2,3\n').problems).toEqual([{ line: 3, reason: 'has 3 columns; the first line names 2.' }]);
  });

  it('refuses files over 100 MB before reading them, and empty ones', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(sizeProblem(200 * 1024 * 1024)).toMatch(/This file is 200 MB; Cairn imports files up to 100 MB/);
    expect(sizeProblem(0)).toBe('This file is empty.');
  });
});
