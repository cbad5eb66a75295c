import { app, BrowserWindow, dialog } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from './origin.ts';

/** Built by electron-vite next to the main bundle: dist/electron/{main,preload}/. */
export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

export interface WindowEnvironment {
  preloadPath: string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/**
 * The app window's options. The renderer is an untrusted web page as far as main is concerned:
 * isolated from the preload, sandboxed, without Node, with the same-origin policy on.
 */
export function mainWindowOptions(environment: WindowEnvironment): BrowserWindowConstructorOptions {
  return {
    title: 'Scalepath',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: environment.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: !environment.isPackaged,
      // Hunspell (Windows, Linux) downloads dictionaries from the internet; the macOS spell
      // checker is part of the OS. No network request, ever.
      spellcheck: environment.platform === 'darwin',
    },
  };
}

/** Creates the app window and loads the renderer from the fixed app origin. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: PRELOAD_PATH,
      isPackaged: app.isPackaged,
      platform: process.platform,
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    dialog.showErrorBox(
      'Scalepath could not start',
      `The app's screens could not be loaded (${error instanceof Error ? error.message : String(error)}). ` +
        'Reinstalling Scalepath should fix this.',
    );
  });
  return window;
}
