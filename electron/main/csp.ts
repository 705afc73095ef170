/**
 * The renderer's Content-Security-Policy, sent as a header by the app://
 * protocol and, byte for byte, by the test harness. Relax only what a tested
 * feature needs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // The bundled Inter font (app bundle only; no font host).
  "font-src 'self'",
  "connect-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
