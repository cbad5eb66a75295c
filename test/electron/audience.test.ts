import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BrowserWindow,
  ipcEvent,
  ipcMain,
  LAPTOP_DISPLAY,
  resetFakeElectron,
  screen,
} from './fake-electron.ts';
import { audienceUrl, externalDisplay, openAudienceWindow } from '../../electron/main/audience.ts';
import { FOREIGN_SENDER_MESSAGE, registerIpcHandlers } from '../../electron/main/ipc.ts';
import { IpcChannel } from '../../shared/ipc/channels.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const PROJECTOR = { id: 2, bounds: { x: 1440, y: 0, width: 1280, height: 720 } };
const ENV = { preloadPath: '/p.cjs', isPackaged: true, platform: 'linux' as const };

function appWindow(): BrowserWindow {
  const window = new BrowserWindow({});
  window.webContents.mainFrame.url = 'app://scalepath/index.html';
  return window;
}

describe('the audience window', () => {
  beforeEach(() => resetFakeElectron());

  it('goes on the display that does not hold the app window, or nowhere when there is one display', () => {
    const laptop = { x: 100, y: 50, width: 1280, height: 800 };
    expect(externalDisplay([LAPTOP_DISPLAY, PROJECTOR] as never, laptop)?.id).toBe(2);
    expect(externalDisplay([PROJECTOR, LAPTOP_DISPLAY] as never, laptop)?.id).toBe(2);
    expect(externalDisplay([LAPTOP_DISPLAY] as never, laptop)).toBeNull();
  });

  it('opens full screen on the projector, sandboxed, isolated, without Node or devtools, on the audience page', async () => {
    screen.getAllDisplays.mockImplementation(() => [LAPTOP_DISPLAY, PROJECTOR]);
    const app = appWindow();
    await expect(
      openAudienceWindow(app as never, ENV, { workshopId: 'w1', view: 'votes' }),
    ).resolves.toBe(true);
    const audience = BrowserWindow.created.at(-1)!;
    expect(audience).not.toBe(app);
    expect(audience.options).toMatchObject({
      x: 1440,
      y: 0,
      width: 1280,
      height: 720,
      fullscreen: true,
      focusable: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false,
        preload: '/p.cjs',
      },
    });
    expect(audience.loadURL).toHaveBeenCalledWith(
      'app://scalepath/index.html#/present/w1/votes/audience',
    );
    expect(audienceUrl('a b', 'matrix')).toBe(
      'app://scalepath/index.html#/present/a%20b/matrix/audience',
    );
    // Asked again, the same window moves on.
    await openAudienceWindow(app as never, ENV, { workshopId: 'w1', view: 'matrix' });
    expect(BrowserWindow.created.filter((w) => w !== app)).toHaveLength(1);
  });

  it('with one display, puts the app window in full screen and opens nothing', async () => {
    const app = appWindow();
    await expect(
      openAudienceWindow(app as never, ENV, { workshopId: 'w1', view: 'matrix' }),
    ).resolves.toBe(false);
    expect(app.setFullScreen).toHaveBeenCalledWith(true);
    expect(BrowserWindow.created).toEqual([app]);
  });

  it('is opened only through the validated call from the app window', async () => {
    const app = appWindow();
    const open = vi.fn(async () => true);
    registerIpcHandlers({
      getAppWindow: () => app as never,
      onRendererListening: vi.fn(),
      openAudienceWindow: open,
    });
    const handler = ipcMain.invokeHandlers.get(IpcChannel.openAudienceWindow)!;
    await expect(
      handler(ipcEvent(app.webContents), { workshopId: 'w1', view: 'votes' }),
    ).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith(app, { workshopId: 'w1', view: 'votes' });
    // Another window (the audience window itself, say) is refused.
    const other = new BrowserWindow({});
    other.webContents.mainFrame.url = 'app://scalepath/index.html';
    await expect(
      handler(ipcEvent(other.webContents), { workshopId: 'w1', view: 'votes' }),
    ).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    // A payload outside the contract is refused before anything opens.
    for (const bad of [
      { workshopId: 'w1', view: 'deck' },
      { workshopId: '../../etc', view: 'matrix' },
      { workshopId: 'w1', view: 'matrix', url: 'https://example.com' },
    ]) {
      await expect(handler(ipcEvent(app.webContents), bad)).rejects.toThrow(
        /^Scalepath refused the request to open the audience window/,
      );
    }
    expect(open).toHaveBeenCalledTimes(1);
  });
});
