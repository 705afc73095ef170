import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The custom properties declared inside the first block that starts at `selector`. */
function declarations(selector: string): string[] {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`${selector} is missing from tokens.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]}`);
}

describe('tokens.css dark palette', () => {
  it('the system-dark block and the chosen-dark block declare the same tokens with the same values', () => {
    const system = declarations(":root:not([data-theme='light'])");
    const chosen = declarations(":root[data-theme='dark']");
    expect(system.length).toBeGreaterThan(20);
    expect(chosen).toEqual(system);
  });

  it('every colour token of the light palette has a dark value', () => {
    const light = declarations(':root')
      .filter((d) => d.startsWith('--color-'))
      .map((d) => d.split(':')[0]);
    const dark = declarations(":root[data-theme='dark']").map((d) => d.split(':')[0]);
    expect(light.filter((name) => !dark.includes(name))).toEqual([]);
  });
});
