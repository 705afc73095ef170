import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenContents, hardenSession, isAllowedRequest } from './security';

describe('session hardening', () => {
  it.each([
    ['https://example.com/font.woff2', false],
    ['http://127.0.0.1:8080/', false],
    ['wss://example.com/socket', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['app://cairn/index.html', true],
  ])('request to %s allowed: %s', (url, allowed) => {
    expect(isAllowedRequest(url)).toBe(allowed);
  });

  it('cancels outside requests and denies every permission', () => {
    let onBefore: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void = () => {};
    let onPermission: (wc: unknown, p: string, cb: (granted: boolean) => void) => void = () => {};
    let onCheck: () => boolean = () => true;
    const session = {
      webRequest: { onBeforeRequest: (fn: typeof onBefore) => (onBefore = fn) },
      setPermissionRequestHandler: (fn: typeof onPermission) => (onPermission = fn),
      setPermissionCheckHandler: (fn: typeof onCheck) => (onCheck = fn),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
    };
    hardenSession(session as unknown as Session);

    const decide = (url: string) => {
      let decision: boolean | undefined;
      onBefore({ url }, (r) => (decision = r.cancel));
      return decision;
    };
    expect(decide('https://fonts.example/x.css')).toBe(true);
    expect(decide('app://cairn/index.html')).toBe(false);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      onPermission({}, permission, (g) => (granted = g));
      expect(granted).toBe(false);
    }
    expect(onCheck()).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('prevents navigation, redirects and webviews, and denies new windows', () => {
    const handlers: Record<string, (e: { preventDefault: () => void }) => void> = {};
    let openHandler: () => { action: string } = () => ({ action: 'allow' });
    const contents = {
      on: (name: string, fn: (e: { preventDefault: () => void }) => void) => (handlers[name] = fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
      setWebRTCIPHandlingPolicy: vi.fn(),
    };
    hardenContents(contents as unknown as WebContents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      handlers[name]?.({ preventDefault });
      expect(preventDefault, name).toHaveBeenCalledOnce();
    }
    expect(openHandler()).toEqual({ action: 'deny' });
    // WebRTC may not open UDP paths around the proxy (there is none): no local address leaks.
    expect(contents.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
  });
});
