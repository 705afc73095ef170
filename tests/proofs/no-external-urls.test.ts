import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Promise 1, statically: every URL in the built bundles is accounted for.
 * None of these is ever requested (the CSP and webRequest would block it
 * anyway); each is text inside a library: an XML namespace, a schema id, a
 * URL-parsing base, or a link inside an error message. A new URL anywhere in
 * the bundles fails this test until someone looks at it and lists it here.
 */
const KNOWN: Record<string, string> = {
  'http://www.w3.org/1999/xlink': 'XML namespace identifier (React DOM, SVG)',
  'http://www.w3.org/2000/svg': 'XML namespace identifier',
  'http://www.w3.org/XML/1998/namespace': 'XML namespace identifier',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace identifier',
  'https://react.dev/errors/': 'React production error message text',
  'https://reactrouter.com/en/main/routers/picking-a-router.': 'react-router warning text',
  'https://github.com/ungap/url-search-params.': 'react-router warning text',
  'http://localhost': 'react-router: a base for new URL() parsing, never fetched',
  'http://[${e}]': "zod: IPv6 validation via new URL(), never fetched",
  'https://json-schema.org/draft/2020-12/schema': 'zod toJSONSchema $schema identifier',
  'http://json-schema.org/draft-07/schema#': 'zod toJSONSchema $schema identifier',
  'http://json-schema.org/draft-04/schema#': 'zod toJSONSchema $schema identifier',
  'https://tinyurl.com/y2uuvskb': 'Dexie error message text',
  'http://bit.ly/2kdckMn': 'Dexie error message text',
  'https://github.com/syntax-tree/hast-util-to-jsx-runtime': 'react-markdown error message text',
  'https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md': 'date-fns error message text',
  'https://github.com/mholt/PapaParse': 'papaparse @license banner comment in the import worker, never fetched',
};

const outDir = path.resolve(process.env.CAIRN_OUT_DIR ?? 'out');

function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return bundleFiles(file);
    return /\.(js|cjs|mjs|css|html)$/.test(entry.name) ? [file] : [];
  });
}

/** Licence comments may name URLs; they are text for humans, so they are skipped. */
const withoutLicences = (code: string) => code.replace(/\/\*[!*][\s\S]*?\*\//g, '');

describe('built bundles', () => {
  const files = bundleFiles(outDir);

  it('exist (run `npm run build` first)', () => {
    expect(files.some((f) => f.endsWith(path.join('main', 'index.js')))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}renderer${path.sep}`))).toBe(true);
  });

  it('contain no URL that has not been reviewed', () => {
    const unknown = new Map<string, string>();
    for (const file of files) {
      for (const match of withoutLicences(readFileSync(file, 'utf8')).matchAll(/https?:\/\/[^"'`\s)\\<>]+/g)) {
        if (!(match[0] in KNOWN)) unknown.set(match[0], path.relative(outDir, file));
      }
    }
    expect(Object.fromEntries(unknown)).toEqual({});
  });

  it('main and preload never load a network module or call fetch', () => {
    const mainSide = files.filter((f) => /^(main|preload)[\\/]/.test(path.relative(outDir, f)));
    expect(mainSide.length).toBeGreaterThanOrEqual(2);
    for (const file of mainSide) {
      const code = readFileSync(file, 'utf8');
      const name = path.relative(outDir, file);
      expect(/(from|require\()\s*["'](node:)?(http|https|http2|net|tls|dgram|dns)["']/.test(code), `${name} imports a network module`).toBe(false);
      expect(/\bfetch\s*\(/.test(code), `${name} calls fetch`).toBe(false);
      expect(/\bnew WebSocket\b/.test(code), `${name} opens a WebSocket`).toBe(false);
    }
  });
});
