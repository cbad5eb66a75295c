import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin.ts';
import { SECURITY_HEADERS } from './security.ts';

/*
 * The renderer is served from app://scalepath/ and is ALWAYS loaded from the fixed origin
 * app://scalepath/index.html (see origin.ts). IndexedDB is keyed by origin, so this origin must
 * never change: not for dev builds, not for a new folder layout, not for a new scheme. Serving
 * from file:// instead would also give every local file the same (null) origin.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The MIME type for a served file; unknown kinds are plain bytes (and nosniff keeps them so). */
export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Must run before the app is ready. `standard` gives the scheme real origins (IndexedDB,
 * relative URLs), `secure` makes it a secure context, `supportFetchAPI` lets fetch() load assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL is for another host or
 * would reach outside the folder (dot segments, encoded slashes, absolute or drive paths).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // NUL truncates paths in C APIs; backslash and colon mean separators and drives on Windows.
  if (/[\0\\:]/.test(pathname)) return null;
  const root = resolve(rootDir);
  const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return null;
  }
  return target;
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The app:// handler: serves files from `rootDir` and nothing else. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed');
    }
    const path = resolveAppPath(rootDir, request.url);
    if (path === null) return plainResponse(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await readFile(path));
    } catch {
      // Missing file, a folder, unreadable: all look the same from outside.
      return plainResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': mimeTypeFor(path),
        'Content-Length': String(body.byteLength),
      },
    });
  };
}

/** Serves the built renderer (dist/renderer) on app://scalepath/. Call once the app is ready. */
export function registerAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
