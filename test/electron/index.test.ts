import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  BrowserWindow,
  FakeWebContents,
  ipcEvent,
  ipcMain,
  Menu,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron.ts';
import { IpcChannel } from '../../shared/ipc/channels.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let dir: string;
const originalArgv = process.argv;

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'scalepath-index-'));
});

afterEach(async () => {
  process.argv = originalArgv;
  await rm(dir, { recursive: true, force: true });
});

async function startReadyApp(): Promise<BrowserWindow> {
  app.whenReady.mockImplementation(() => Promise.resolve());
  app.isReady.mockImplementation(() => true);
  const { startApp } = await import('../../electron/main/index.ts');
  startApp();
  await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
  const window = BrowserWindow.created[0];
  if (window === undefined) throw new Error('no window');
  return window;
}

/** What the preload does when the page loads. */
function preloadListens(window: BrowserWindow): void {
  ipcMain.messageHandlers.get(IpcChannel.fileOpenedListening)?.(ipcEvent(window.webContents));
}

describe('app lifecycle', () => {
  it('does nothing on import, so tests and tools can load the module', async () => {
    await import('../../electron/main/index.ts');
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('registers the app scheme and the sandbox before the app is ready', async () => {
    const { startApp } = await import('../../electron/main/index.ts');
    startApp();
    const schemeOrder = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? 0;
    const readyOrder = app.whenReady.mock.invocationCallOrder[0] ?? 0;
    expect(schemeOrder).toBeGreaterThan(0);
    expect(schemeOrder).toBeLessThan(readyOrder);
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('quits when another instance already runs', async () => {
    app.requestSingleInstanceLock.mockImplementation(() => false);
    const { startApp } = await import('../../electron/main/index.ts');
    startApp();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('once ready: hardens the session, serves app://, wires IPC and the menu, opens the window', async () => {
    const window = await startReadyApp();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.invokeHandlers.keys()].sort()).toEqual(
      [
        IpcChannel.appVersion,
        IpcChannel.openWorkshopFile,
        IpcChannel.savePdf,
        IpcChannel.saveWorkshopFile,
      ].sort(),
    );
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledWith('app://scalepath/index.html');
  });

  it('hardens every web contents that gets created', async () => {
    const { startApp } = await import('../../electron/main/index.ts');
    startApp();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listeners.has('will-navigate')).toBe(true);
  });

  it('opens a file named on the command line once the page listens', async () => {
    const path = join(dir, 'argv.scalepath');
    await writeFile(path, '{"from":"argv"}');
    process.argv = ['/opt/Scalepath/scalepath', path];
    const window = await startReadyApp();
    preloadListens(window);
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(IpcChannel.fileOpened, {
        name: 'argv.scalepath',
        text: '{"from":"argv"}',
      }),
    );
  });

  it('a second launch focuses the window and opens its file there', async () => {
    process.argv = ['/opt/Scalepath/scalepath'];
    const window = await startReadyApp();
    preloadListens(window);
    window.isMinimized.mockReturnValue(true);
    const path = join(dir, 'second.scalepath');
    await writeFile(path, '{"from":"second"}');
    app.emit('second-instance', {}, ['/opt/Scalepath/scalepath', 'second.scalepath'], dir);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(IpcChannel.fileOpened, {
        name: 'second.scalepath',
        text: '{"from":"second"}',
      }),
    );
    expect(BrowserWindow.created).toHaveLength(1);
  });

  it('opens macOS open-file events, even when they come before the window', async () => {
    process.argv = ['/Applications/Scalepath.app/Contents/MacOS/Scalepath'];
    const path = join(dir, 'finder.scalepath');
    await writeFile(path, '{"from":"finder"}');
    let becomeReady = () => {};
    app.whenReady.mockImplementation(() => new Promise<void>((resolve) => (becomeReady = resolve)));
    const { startApp } = await import('../../electron/main/index.ts');
    startApp();
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, path);
    expect(event.preventDefault).toHaveBeenCalled();
    app.isReady.mockImplementation(() => true);
    becomeReady();
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
    const window = BrowserWindow.created[0] as BrowserWindow;
    preloadListens(window);
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(IpcChannel.fileOpened, {
        name: 'finder.scalepath',
        text: '{"from":"finder"}',
      }),
    );
  });

  it('quits when the last window closes, except on macOS', async () => {
    const { startApp } = await import('../../electron/main/index.ts');
    startApp();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
