import type { App, Session, WebContents } from 'electron';

/** Cancels every request that is not for the app's own files: promise 1. */
export function isAllowedRequest(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'app:' || protocol === 'devtools:';
  } catch {
    return false;
  }
}

export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
}

export function hardenContents(contents: WebContents): void {
  // CSP and webRequest do not see WebRTC's UDP paths (ICE candidates reveal
  // local addresses): only proxied UDP is allowed, and there is no proxy.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies hardenContents to every web contents the app ever creates. */
export function hardenAllContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
