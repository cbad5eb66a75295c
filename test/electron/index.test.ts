import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import {
  app,
  BrowserWindow,
  dialog,
  FakeWebContents,
  fakeEvent,
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

const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform');

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'scalepath-index-'));
  app.getPath.mockImplementation((name: string) => (name === 'userData' ? dir : tmpdir()));
});

afterEach(async () => {
  process.argv = originalArgv;
  if (originalPlatform) Object.defineProperty(process, 'platform', originalPlatform);
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

/** The application menu as last installed. */
function installedMenu(): MenuItemConstructorOptions[] {
  const calls = Menu.buildFromTemplate.mock.calls;
  return (calls[calls.length - 1]?.[0] ?? []) as MenuItemConstructorOptions[];
}

function menuEntries(path: readonly string[]): MenuItemConstructorOptions[] {
  let entries = installedMenu();
  for (const label of path) {
    const found = entries.find((item) => item.label === label);
    entries = Array.isArray(found?.submenu) ? found.submenu : [];
  }
  return entries;
}

function menuItem(path: readonly string[], label: string): MenuItemConstructorOptions {
  const item = menuEntries(path).find((entry) => entry.label === label);
  if (item === undefined) throw new Error(`no menu entry ${[...path, label].join(' > ')}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
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
        IpcChannel.backupWorkshops,
        IpcChannel.openAudienceWindow,
        IpcChannel.listBackups,
        IpcChannel.openWorkshopFile,
        IpcChannel.readBackup,
        IpcChannel.saveCsv,
        IpcChannel.savePdf,
        IpcChannel.saveWorkshopFile,
      ].sort(),
    );
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledWith('app://scalepath/index.html');
  });

  it('at quit, asks the page for its last backups and quits once they are written', async () => {
    const window = await startReadyApp();
    const quit = fakeEvent();
    app.emit('before-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(IpcChannel.backupNow);
    expect(app.quit).not.toHaveBeenCalled();
    // The page answers with the workshops that changed (none, here).
    await ipcMain.invokeHandlers.get(IpcChannel.backupWorkshops)?.(ipcEvent(window.webContents), {
      backups: [],
    });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    // The quit that follows goes through.
    const again = fakeEvent();
    app.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
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

describe('the application menu, wired', () => {
  it('sends app commands to the window, and opens one when macOS has none', async () => {
    process.argv = ['/opt/Scalepath/scalepath'];
    const window = await startReadyApp();
    click(menuItem(['&View'], 'Matrix'));
    click(menuItem(['&File'], 'New workshop'));
    expect(window.webContents.send.mock.calls).toEqual([
      [IpcChannel.menuCommand, 'show-matrix'],
      [IpcChannel.menuCommand, 'new-workshop'],
    ]);
    window.emit('closed');
    click(menuItem(['&File'], 'New workshop'));
    expect(BrowserWindow.created).toHaveLength(2);
  });

  it('keeps the files opened and saved in Open Recent, in userData, and opens them from there', async () => {
    const opened = join(dir, 'Opened.scalepath');
    await writeFile(opened, '{"from":"argv"}');
    process.argv = ['/opt/Scalepath/scalepath', opened];
    const window = await startReadyApp();
    preloadListens(window);
    await vi.waitFor(() =>
      expect(menuEntries(['&File', 'Open Recent']).map((item) => item.label)).toEqual([
        'Opened.scalepath',
        undefined,
        'Clear menu',
      ]),
    );

    const saved = join(dir, 'Saved.scalepath');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: saved });
    const save = ipcMain.invokeHandlers.get(IpcChannel.saveWorkshopFile);
    await save?.(ipcEvent(window.webContents), { suggestedName: 'Saved.scalepath', text: '{}' });
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(dir, 'recent-files.json'), 'utf8'))).toEqual({
        version: 1,
        paths: [saved, opened],
      }),
    );
    expect(app.addRecentDocument).not.toHaveBeenCalled();

    window.webContents.send.mockClear();
    click(menuItem(['&File', 'Open Recent'], 'Opened.scalepath'));
    await vi.waitFor(() =>
      expect(window.webContents.send).toHaveBeenCalledWith(IpcChannel.fileOpened, {
        name: 'Opened.scalepath',
        text: '{"from":"argv"}',
      }),
    );
  });

  it('keeps nothing in Open Recent that did not open, or was not saved', async () => {
    process.argv = ['/opt/Scalepath/scalepath', join(dir, 'missing.scalepath')];
    const window = await startReadyApp();
    preloadListens(window);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const save = ipcMain.invokeHandlers.get(IpcChannel.saveWorkshopFile);
    await save?.(ipcEvent(window.webContents), { suggestedName: 'Saved.scalepath', text: '{}' });
    await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalled());
    expect(menuEntries(['&File', 'Open Recent']).map((item) => item.label)).toEqual(['Clear menu']);
  });

  it('Help > About shows the version in a native dialog (Windows, Linux)', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    const window = await startReadyApp();
    click(menuItem(['&Help'], 'About Scalepath'));
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: 'Scalepath', detail: expect.stringContaining('0.1.0') }),
    );
  });

  it('macOS: the About panel shows the version; opened files also go to the OS recent list', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    const opened = join(dir, 'Finder.scalepath');
    await writeFile(opened, '{}');
    process.argv = ['/Applications/Scalepath.app/Contents/MacOS/Scalepath', opened];
    await startReadyApp();
    expect(app.setAboutPanelOptions).toHaveBeenCalledWith(
      expect.objectContaining({ applicationName: 'Scalepath', applicationVersion: '0.1.0' }),
    );
    expect(installedMenu()[0]?.label).toBe('Scalepath');
    await vi.waitFor(() => expect(app.addRecentDocument).toHaveBeenCalledWith(opened));
    click(menuItem(['&File', 'Open Recent'], 'Clear menu'));
    await vi.waitFor(() => expect(app.clearRecentDocuments).toHaveBeenCalled());
  });
});
