import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetFakeElectron } from './fake-electron.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp.ts';
import {
  createAppProtocolHandler,
  mimeTypeFor,
  registerAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../electron/main/protocol.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const SECRET = 'the secret outside dist/renderer';
let base: string;
let rendererDir: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // base/secret.txt sits next to base/dist/renderer/, where a traversal would reach.
  base = await mkdtemp(join(tmpdir(), 'scalepath-protocol-'));
  rendererDir = join(base, 'dist', 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Scalepath</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await writeFile(join(base, 'dist', 'secret.txt'), SECRET);
  serve = createAppProtocolHandler(rendererDir);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  // Node's Request refuses unknown schemes in some versions; the handler only reads these two.
  return serve({ url, method } as Request);
}

describe('the app:// scheme', () => {
  beforeEach(() => resetFakeElectron());

  it('is registered as standard, secure and fetchable', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is handled by the file server', () => {
    registerAppProtocol(rendererDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('the app:// handler', () => {
  it('serves index.html for the entry URL and the bare origin, with the CSP header', async () => {
    for (const url of ['app://scalepath/index.html', 'app://scalepath/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Scalepath</title>');
    }
  });

  it('serves assets with their MIME types', async () => {
    const script = await get('app://scalepath/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const style = await get('app://scalepath/assets/app.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('font.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('x.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('mystery.bin')).toBe('application/octet-stream');
  });

  it.each([
    'app://scalepath/../secret.txt',
    'app://scalepath/../../secret.txt',
    'app://scalepath/%2e%2e/secret.txt',
    'app://scalepath/..%2fsecret.txt',
    'app://scalepath/..%2f..%2fsecret.txt',
    'app://scalepath/assets/..%2f..%2fsecret.txt',
    'app://scalepath/..%5c..%5csecret.txt',
    'app://scalepath/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://scalepath/%2Fetc%2Fpasswd',
    'app://scalepath/index.html%00.png',
    'app://scalepath/C:%5cWindows%5cwin.ini',
  ])('refuses a path escaping the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses an absolute path to a real file outside the folder', async () => {
    const url = `app://scalepath/${encodeURIComponent(join(base, 'secret.txt'))}`;
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each([
    'app://evil/index.html',
    'app://scalepath.evil.com/index.html',
    'app://user@scalepath/index.html',
    'app://scalepath:81/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses a foreign host or scheme: %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('answers 404 for missing files and folders, and 405 for writes', async () => {
    expect((await get('app://scalepath/missing.js')).status).toBe(404);
    expect((await get('app://scalepath/assets/')).status).toBe(404);
    expect((await get('app://scalepath/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://scalepath/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('maps URLs to files only inside the root', () => {
    expect(resolveAppPath(rendererDir, 'app://scalepath/assets/app.js')).toBe(
      join(rendererDir, 'assets', 'app.js'),
    );
    expect(resolveAppPath(rendererDir, 'app://scalepath/')).toBe(join(rendererDir, 'index.html'));
    expect(resolveAppPath(rendererDir, 'app://scalepath/..%2f')).toBeNull();
    expect(resolveAppPath(rendererDir, 'app://scalepath/%E0%A4%A')).toBeNull();
  });
});
