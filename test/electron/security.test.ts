import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  createFakeSession,
  fakeEvent,
  FakeWebContents,
  resetFakeElectron,
} from './fake-electron.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp.ts';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  SECURITY_HEADERS,
  withSecurityHeaders,
} from '../../electron/main/security.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function hardenedSession() {
  const session = createFakeSession();
  hardenSession(session as unknown as Session);
  return session;
}

describe('web contents hardening', () => {
  beforeEach(() => resetFakeElectron());

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s to a foreign URL',
    (eventName) => {
      const contents = hardenedContents();
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'http://localhost:5173/',
        'app://evil/index.html',
      ]) {
        const event = fakeEvent({ url });
        contents.emit(eventName, event, url);
        expect(event.preventDefault, url).toHaveBeenCalled();
      }
    },
  );

  it('lets the app navigate within its own origin', () => {
    const contents = hardenedContents();
    const event = fakeEvent({ url: 'app://scalepath/index.html' });
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    const contents = hardenedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://scalepath/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardenedContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session hardening', () => {
  beforeEach(() => resetFakeElectron());

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'denies the %s permission request',
    (permission) => {
      const session = hardenedSession();
      const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
        ...args: unknown[]
      ) => void;
      const callback = vi.fn();
      handler(new FakeWebContents(), permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission check and device request with no', () => {
    const session = hardenedSession();
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    for (const permission of ['media', 'hid', 'serial', 'usb', 'clipboard-sanitized-write']) {
      expect(check(null, permission, 'app://scalepath', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://scalepath' })).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const session = hardenedSession();
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel?: boolean }) => void,
    ) => void;
    const isCancelled = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel?: boolean }).cancel;
    };
    for (const url of [
      'https://telemetry.example/collect',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'ftp://example.com/',
      'app://evil/index.html',
    ]) {
      expect(isCancelled(url), url).toBe(true);
    }
    for (const url of [
      'app://scalepath/index.html',
      'app://scalepath/assets/app.js',
      'blob:app://scalepath/6b0c0e0e',
      'data:image/png;base64,iVBORw0KGgo=',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isCancelled(url), url).toBe(false);
    }
  });

  it('puts the shared CSP header on every response, replacing any other spelling', () => {
    const session = hardenedSession();
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: { url: string; responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener(
      {
        url: 'app://scalepath/index.html',
        responseHeaders: {
          'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    const headers = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> })
      .responseHeaders;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('leaves the developer tools their own policy', () => {
    const session = hardenedSession();
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: object) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url: 'devtools://devtools/bundled/inspector.html' }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});

describe('the content security policy', () => {
  it('is the one string shared with renderer/index.html', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });

  it('allows nothing from outside the app', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    // Scripts only from the app; WebAssembly (the deck's font subsetter) may be compiled, but no
    // string is ever run as script and no inline script runs.
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-(inline|eval)'/);
  });

  it('isAllowedRequestUrl refuses what cannot be parsed', () => {
    expect(isAllowedRequestUrl('not a url')).toBe(false);
  });
});
