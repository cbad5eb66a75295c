import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/origin.ts';
import { isTrustedUrl } from '../../electron/main/trusted-url.ts';

describe('isTrustedUrl', () => {
  it.each([
    APP_ENTRY_URL,
    'app://scalepath/',
    'app://scalepath/assets/index-3f9a1c.js',
    'app://scalepath/index.html#/workshop/abc',
    'app://scalepath/index.html?tab=candidates',
  ])('trusts the app origin: %s', (url) => {
    expect(isTrustedUrl(url)).toBe(true);
  });

  it.each([
    ['another app host', 'app://evil/'],
    ['a host that starts like ours', 'app://scalepath.evil.com/index.html'],
    ['credentials that make evil.com the host', 'app://scalepath@evil.com/'],
    ['credentials on our host', 'app://user:pass@scalepath/index.html'],
    ['a port', 'app://scalepath:8080/index.html'],
    ['upper-case host (never what Chromium sends)', 'app://SCALEPATH/index.html'],
    ['no trailing slash', 'app://scalepath'],
    ['local files', 'file:///etc/passwd'],
    ['local files on Windows', 'file:///C:/Windows/win.ini'],
    ['localhost', 'http://localhost'],
    ['a dev server', 'http://localhost:5173/index.html'],
    ['https', 'https://scalepath.app/'],
    ['a websocket', 'ws://localhost:5173/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: dressed as our origin', 'javascript://scalepath/%0Aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:app://scalepath/1234'],
    ['about:blank', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['path traversal', 'app://scalepath/../../etc/passwd'],
    ['traversal in the middle', 'app://scalepath/assets/../../../etc/passwd'],
    ['encoded traversal', 'app://scalepath/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded traversal', 'app://scalepath/%2E./etc/passwd'],
    ['encoded slashes', 'app://scalepath/..%2f..%2fetc/passwd'],
    ['backslashes', 'app://scalepath/..\\..\\windows\\win.ini'],
    ['encoded backslashes', 'app://scalepath/..%5c..%5cwindows'],
    ['a single dot segment', 'app://scalepath/./index.html'],
    ['a newline the URL parser would strip', 'app://scalepath/\n../index.html'],
    ['a leading space', ' app://scalepath/index.html'],
    ['an empty string', ''],
    ['not a URL', 'scalepath/index.html'],
  ])('refuses %s: %s', (_why, url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });
});
