import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17: feature styles use only the kit's tokens. A colour written into a
 * feature's stylesheet escapes dark mode and the one palette; a var() naming
 * a property nobody declares paints nothing (the insights marker swatches
 * were blank for weeks after a token was renamed).
 */
const RENDERER = path.resolve(__dirname, '..');
const UI = path.join(RENDERER, 'ui');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const read = (file: string) => withoutComments(readFileSync(file, 'utf8'));

/** Screens' own stylesheets: every feature, and the shell's (app/). */
const featureStyles = [...cssFiles(path.join(RENDERER, 'features')), ...cssFiles(path.join(RENDERER, 'app'))];

/** A colour written out: #rgb…#rrggbbaa, or a colour function. */
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
/** Named colours a stylesheet might reach for; `white-space` and the like are not colours. */
const COLOUR_NAME = /:\s*[^;{}]*\b(?:white|black|red|green|blue|grey|gray|silver|yellow|orange|purple|pink)\b(?!-)/gi;

/** Every custom property the kit declares (tokens, theme aliases, component and chart tokens). */
const declaredByKit = new Set(cssFiles(UI).flatMap((file) => [...read(file).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)));

/** Spacing, type and corner properties: on screen they take the kit's scale (--space-*, --text-*, --radius-*). */
const SCALED = /(?:^|[;{\s])((?:margin|padding|inset)(?:-[a-z-]+)?|gap|row-gap|column-gap|font-size|border-radius)\s*:\s*([^;{}]+)/g;
/** A non-zero length in screen units. Paper units (mm, pt) are the printed sheets' own scale and stay. */
const SCREEN_LENGTH = /(?<![\w.-])(?:\d*\.)?\d*[1-9]\d*(?:\.\d+)?(?:rem|px|em)\b|(?<![\w.-])0?\.\d+(?:rem|px|em)\b/g;

describe('feature styles use only the kit tokens', () => {
  it('finds the stylesheets it checks', () => {
    expect(featureStyles.length).toBeGreaterThan(10);
    expect(declaredByKit.has('--color-accent')).toBe(true);
  });

  it.each(featureStyles.map((file) => [path.relative(RENDERER, file), file]))('%s writes no colour of its own', (_name, file) => {
    const css = read(file);
    expect([...css.matchAll(COLOUR_LITERAL)].map((m) => m[0])).toEqual([]);
    expect([...css.matchAll(COLOUR_NAME)].map((m) => m[0].trim())).toEqual([]);
  });

  it.each(featureStyles.map((file) => [path.relative(RENDERER, file), file]))('%s is a CSS Module, so its class names are its own', (name) => {
    expect(name).toMatch(/\.module\.css$/);
  });

  it.each(featureStyles.map((file) => [path.relative(RENDERER, file), file]))('%s spaces, sizes type and rounds corners with the tokens', (_name, file) => {
    const literal = [...read(file).matchAll(SCALED)].flatMap((m) => [...m[2]!.matchAll(SCREEN_LENGTH)].map((l) => `${m[1]}: ${l[0]}`));
    expect(literal).toEqual([]);
  });

  it.each(featureStyles.map((file) => [path.relative(RENDERER, file), file]))('%s names only properties that are declared', (_name, file) => {
    const css = read(file);
    // A feature may give a token a local name (declared in its own file); anything else must come from the kit.
    const own = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));
    const used = [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);
    expect(used.filter((name) => !declaredByKit.has(name) && !own.has(name))).toEqual([]);
  });
});
