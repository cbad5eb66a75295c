/**
 * The one Content-Security-Policy of the app. Main sends it as a response header on everything
 * the app:// protocol serves, and renderer/index.html repeats it, character for character, in a
 * <meta> so the plain-browser build is held to the same rules (test/electron/csp.test.ts holds
 * the two equal). Nothing may be fetched from anywhere but the app itself.
 *
 * It has no `frame-ancestors`: a <meta> policy ignores that directive and Chromium logs a warning
 * for it. Framing is refused by main's `X-Frame-Options: DENY` header instead, and the app itself
 * can frame nothing (`default-src 'none'` covers `frame-src`).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; " +
  "base-uri 'none'; form-action 'none'; object-src 'none'";
