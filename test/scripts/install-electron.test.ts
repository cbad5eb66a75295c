import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  installElectron,
  MISSING_NOTE,
  OFFLINE_WARNING,
  SKIPPED_NOTE,
} from '../../scripts/install-electron.mjs';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/install-electron.mjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scalepath-install-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for node_modules/electron/install.js. */
async function fakeInstaller(name: string, source: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, source);
  return path;
}

describe('scripts/install-electron.mjs', () => {
  it('as the postinstall: skips with a note and exits 0 when ELECTRON_SKIP_BINARY_DOWNLOAD=1', () => {
    const result = spawnSync(process.execPath, [SCRIPT], {
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.status).toBe(0);
    expect(`${result.stdout}${result.stderr}`.trim()).toBe(SKIPPED_NOTE);
  });

  it('prints one warning line and succeeds when the download fails (offline)', async () => {
    const log = vi.fn();
    const installScript = await fakeInstaller(
      'fails.cjs',
      "console.error(new Error('getaddrinfo ENOTFOUND github.com').stack); process.exit(1);",
    );
    await expect(installElectron({ installScript, env: {}, log })).resolves.toBe('failed');
    expect(log.mock.calls).toEqual([[OFFLINE_WARNING]]);
    expect(OFFLINE_WARNING).toContain('could not be downloaded (offline?)');
    expect(OFFLINE_WARNING).toContain('node node_modules/electron/install.js');
    expect(OFFLINE_WARNING).not.toContain('\n');
  });

  it('gives up on a hanging download after the timeout', async () => {
    const log = vi.fn();
    const installScript = await fakeInstaller('hangs.cjs', 'setInterval(() => {}, 1000);');
    const startedAt = Date.now();
    await expect(installElectron({ installScript, env: {}, log, timeoutMs: 300 })).resolves.toBe(
      'timed-out',
    );
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(log.mock.calls).toEqual([[OFFLINE_WARNING]]);
  });

  it('stays quiet when the download works', async () => {
    const log = vi.fn();
    const installScript = await fakeInstaller('works.cjs', 'process.exit(0);');
    await expect(installElectron({ installScript, env: {}, log })).resolves.toBe('installed');
    expect(log).not.toHaveBeenCalled();
  });

  it('explains itself when electron is not installed at all', async () => {
    const log = vi.fn();
    const installScript = join(dir, 'nowhere', 'install.js');
    await expect(installElectron({ installScript, env: {}, log })).resolves.toBe('missing');
    expect(log.mock.calls).toEqual([[MISSING_NOTE]]);
  });
});
