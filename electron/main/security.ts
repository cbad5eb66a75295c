import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp.ts';
import { APP_HOST } from './origin.ts';
import { isTrustedUrl } from './trusted-url.ts';

/** Headers on every response the app:// protocol serves. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The CSP's frame-ancestors would do this, but it cannot be in the <meta> copy of the policy.
  'X-Frame-Options': 'DENY',
};

// blob: and data: stay in memory (PDF previews, images); devtools: is the local inspector.
const LOCAL_SCHEMES = new Set(['blob:', 'data:', 'devtools:']);

/**
 * The app never touches the network: the only requests allowed are to its own origin and to
 * in-memory URLs. Everything else (http, https, ws, file, ftp, other app:// hosts) is cancelled.
 */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return parsed.protocol === 'app:' && parsed.host === APP_HOST && parsed.username === '';
}

function refuseUntrustedNavigation(event: { url: string; preventDefault(): void }): void {
  if (!isTrustedUrl(event.url)) event.preventDefault();
}

/**
 * Locks down every web contents the app creates: no navigation away from the app's origin,
 * no new windows, no <webview>. Called from app 'web-contents-created', so it also covers
 * contents we did not create on purpose.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', refuseUntrustedNavigation);
  contents.on('will-frame-navigate', refuseUntrustedNavigation);
  contents.on('will-redirect', refuseUntrustedNavigation);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // A <webview> would be a second, less locked-down browser inside the app.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Sets the security headers (CSP, nosniff, frame options), replacing any other spelling of them,
 * so there is exactly one policy.
 */
export function withSecurityHeaders(
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const names = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!names.has(name.toLowerCase())) result[name] = value;
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) result[name] = [value];
  return result;
}

/**
 * Denies every permission (camera, microphone, notifications, geolocation, clipboard read, USB,
 * serial, HID, ...), cancels every request that would leave the machine, and puts the CSP on
 * every response, in case something is ever served other than through the app:// handler.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    // The inspector has its own policy; ours would break it.
    if (details.url.startsWith('devtools:')) {
      callback({});
      return;
    }
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
}
