/** The renderer's only origin. Compared by parsing, never by string prefix. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cairn';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for URLs exactly on app://cairn (no userinfo, no port). */
export function isAppOrigin(url: string | undefined | null): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
