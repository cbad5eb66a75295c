// postinstall: fetch the Electron runtime without ever failing `npm install`.
//
// package.json sets "allowScripts": {"electron": false}, so npm does not run electron's own
// postinstall: offline, that script fails and npm then rolls back the WHOLE install, taking the
// tests and the web build down with it. This script runs the same download itself, gives up
// after a timeout, and always exits 0, with one line telling the user what to do later.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_TIMEOUT_MS = 60_000;

const LATER = 'run `node node_modules/electron/install.js` when online to use `npm start`.';
export const OFFLINE_WARNING =
  'Scalepath: the Electron desktop runtime could not be downloaded (offline?). ' +
  `Tests and \`npm run dev:web\` still work; ${LATER}`;
export const SKIPPED_NOTE =
  'Scalepath: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the Electron desktop runtime was not ' +
  `downloaded. Tests and \`npm run dev:web\` still work; ${LATER}`;
export const MISSING_NOTE =
  'Scalepath: the electron package is not installed (production install?), so there is no ' +
  'desktop runtime to download.';

/** Where electron's own installer is, or undefined when the package is absent. */
export function findElectronInstallScript() {
  try {
    return createRequire(import.meta.url).resolve('electron/install.js');
  } catch {
    return undefined;
  }
}

/**
 * Runs electron's installer in a child process. Resolves to what happened; never rejects.
 * @param {{ installScript?: string, timeoutMs?: number, env?: NodeJS.ProcessEnv,
 *   log?: (line: string) => void }} [options]
 * @returns {Promise<'installed' | 'skipped' | 'missing' | 'failed' | 'timed-out'>}
 */
export function installElectron(options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line) => console.warn(line));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const installScript = options.installScript ?? findElectronInstallScript();

  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    log(SKIPPED_NOTE);
    return Promise.resolve('skipped');
  }
  if (installScript === undefined || !existsSync(installScript)) {
    log(MISSING_NOTE);
    return Promise.resolve('missing');
  }

  return new Promise((done) => {
    let isTimedOut = false;
    let isSettled = false;
    const finish = (outcome) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      if (outcome !== 'installed') log(OFFLINE_WARNING);
      done(outcome);
    };
    // The installer's own output (a stack trace when offline) is noise during `npm install`.
    const child = spawn(process.execPath, [installScript], { env, stdio: 'ignore' });
    const timer = setTimeout(() => {
      isTimedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', () => finish('failed'));
    child.on('close', (code) => {
      if (isTimedOut) finish('timed-out');
      else finish(code === 0 ? 'installed' : 'failed');
    });
  });
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  installElectron()
    .catch(() => console.warn(OFFLINE_WARNING))
    .finally(() => {
      process.exitCode = 0;
    });
}
