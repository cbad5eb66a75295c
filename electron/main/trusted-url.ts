import { APP_HOST, APP_ORIGIN } from './origin.ts';

const TRUSTED_PREFIX = `${APP_ORIGIN}/`;
// Dot segments (plain or percent-encoded), backslashes and encoded slashes are how a URL climbs
// out of a folder; the URL parser would quietly resolve some of them, so look at the raw text.
const TRAVERSAL = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)|\\|%2f|%5c/i;
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/** True only for URLs on the app's own origin, `app://scalepath/...`, without tricks. */
export function isTrustedUrl(url: string): boolean {
  if (!url.startsWith(TRUSTED_PREFIX) || WHITESPACE_OR_CONTROL.test(url)) return false;
  const path = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (TRAVERSAL.test(path)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === APP_HOST && parsed.username === '';
  } catch {
    return false;
  }
}
