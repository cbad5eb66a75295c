import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, app, resetFakeElectron } from './fake-electron.ts';
import { APP_ENTRY_URL } from '../../electron/main/origin.ts';
import { createMainWindow, mainWindowOptions, PRELOAD_PATH } from '../../electron/main/window.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

describe('the app window', () => {
  beforeEach(() => resetFakeElectron());

  it('isolates, sandboxes and keeps Node and foreign content out of the renderer', () => {
    createMainWindow();
    const window = BrowserWindow.created[0];
    const webPreferences = window?.options.webPreferences;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: PRELOAD_PATH,
    });
  });

  it('turns on no experimental web platform or Blink features', () => {
    createMainWindow();
    const webPreferences = BrowserWindow.created[0]?.options.webPreferences ?? {};
    expect(webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the preload built as CommonJS next to the main bundle', () => {
    expect(PRELOAD_PATH.replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/);
  });

  it('is titled Scalepath and stays hidden until ready-to-show', () => {
    const window = createMainWindow() as unknown as BrowserWindow;
    expect(window.options).toMatchObject({ title: 'Scalepath', show: false });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('always loads the renderer from the fixed app origin', () => {
    const window = createMainWindow() as unknown as BrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://scalepath/index.html');
    expect(APP_ENTRY_URL).toBe('app://scalepath/index.html');
  });

  it('has developer tools only in unpackaged builds', () => {
    const environment = { preloadPath: '/p.cjs', platform: 'linux' as const };
    expect(mainWindowOptions({ ...environment, isPackaged: true }).webPreferences?.devTools).toBe(
      false,
    );
    expect(mainWindowOptions({ ...environment, isPackaged: false }).webPreferences?.devTools).toBe(
      true,
    );
    app.isPackaged = true;
    const window = createMainWindow() as unknown as BrowserWindow;
    expect(window.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('spell-checks only where the checker needs no dictionary download', () => {
    const options = (platform: NodeJS.Platform) =>
      mainWindowOptions({ preloadPath: '/p.cjs', isPackaged: true, platform }).webPreferences;
    expect(options('darwin')?.spellcheck).toBe(true);
    expect(options('linux')?.spellcheck).toBe(false);
    expect(options('win32')?.spellcheck).toBe(false);
  });
});
