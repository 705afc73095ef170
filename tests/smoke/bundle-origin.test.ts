// Bundle mode's stand-in origin (tests/harness/bundle-origin.ts): only the
// page's own origin may reach main's sender check as app://cairn.
import { describe, expect, it } from 'vitest';
import { isAppOrigin } from '../../electron/main/app-origin';
import { BUNDLE_ORIGIN, toAppUrl, toPageUrl } from '../harness/bundle-origin';

describe('bundle mode origin mapping', () => {
  it('rewrites the stand-in origin to app://cairn, keeping path, query and fragment', () => {
    expect(toAppUrl(`${BUNDLE_ORIGIN}/index.html`)).toBe('app://cairn/index.html');
    expect(toAppUrl(`${BUNDLE_ORIGIN}/assets/a.js?v=1#top`)).toBe('app://cairn/assets/a.js?v=1#top');
    expect(isAppOrigin(toAppUrl(`${BUNDLE_ORIGIN}/index.html`))).toBe(true);
  });

  it.each([
    'https://cairn.invalid:8443/index.html',
    'http://cairn.invalid/index.html',
    'https://cairn.invalid.evil.example/index.html',
    'https://me:pw@cairn.invalid/index.html',
    'https://evil.invalid/',
    'about:blank',
    'not a url',
  ])('leaves %s as it is, so main judges it foreign', (url) => {
    expect(toAppUrl(url)).toBe(url);
    expect(isAppOrigin(toAppUrl(url))).toBe(false);
  });

  it('loads only what main asks for on app://cairn', () => {
    expect(toPageUrl('app://cairn/index.html')).toBe(`${BUNDLE_ORIGIN}/index.html`);
    expect(() => toPageUrl('https://example.com/')).toThrow(/not on app:\/\/cairn/);
  });
});
