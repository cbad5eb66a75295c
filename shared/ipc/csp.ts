/**
 * The one Content-Security-Policy of the app. Main sends it as a response header on everything
 * the app:// protocol serves, and renderer/index.html repeats it in a <meta> so the plain-browser
 * build is held to the same rules. Nothing may be fetched from anywhere but the app itself.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
