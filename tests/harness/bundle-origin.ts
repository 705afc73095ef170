import { APP_HOST, APP_SCHEME } from '../../electron/main/app-origin';

/*
 * Chromium outside Electron cannot load a custom scheme (navigating to
 * app://cairn/ aborts with ERR_ABORTED before any route sees it), so in
 * bundle mode the page lives at this stand-in origin, which Playwright routes
 * in full to main's own app:// handler. `.invalid` can never resolve, and the
 * origin is https so the page is a secure context, as app:// is in Electron.
 */
export const BUNDLE_ORIGIN = 'https://cairn.invalid';

const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * What Electron would report for a URL the page sees: the stand-in origin
 * becomes app://cairn, with path, query and fragment kept; every other URL
 * (another origin, about:blank, a different port or scheme) is left as it is,
 * so main's checks judge it exactly as they would a foreign frame.
 */
export function toAppUrl(pageUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  if (parsed.origin !== BUNDLE_ORIGIN || parsed.username !== '' || parsed.password !== '') return pageUrl;
  return `${APP_ORIGIN}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Where Chromium should load a URL main asks for (its loadURL is always on app://cairn). */
export function toPageUrl(appUrl: string): string {
  const parsed = new URL(appUrl);
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) throw new Error(`Main asked to load ${appUrl}, which is not on ${APP_ORIGIN}.`);
  return `${BUNDLE_ORIGIN}${parsed.pathname}${parsed.search}${parsed.hash}`;
}
