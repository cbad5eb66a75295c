import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { IpcChannel } from '../../shared/ipc/channels.ts';
import { aboutPanelOptions, showAboutDialog } from './about.ts';
import { registerIpcHandlers } from './ipc.ts';
import { installApplicationMenu } from './menu.ts';
import { createFileOpener, findWorkshopFilesInArgv } from './open-files.ts';
import { registerAppProtocol, registerAppScheme } from './protocol.ts';
import { createRecentFiles, openRecentFile, RECENT_FILES_FILE_NAME } from './recent-files.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { openAudienceWindow } from './audience.ts';
import { quitBackup } from './backups.ts';
import { createMainWindow, PRELOAD_PATH } from './window.ts';

/** Built by `vite build --config vite.config.ts`; main is in dist/electron/main/. */
const RENDERER_DIR = join(import.meta.dirname, '../../renderer');

/**
 * Starts the desktop app. There is no auto-updater and no telemetry on purpose: the app makes
 * no network request, ever (security.ts cancels any that a page would make).
 */
export function startApp(): void {
  // Every renderer sandboxed, including any we did not mean to create.
  app.enableSandbox();
  // Must happen before 'ready': privileges cannot be granted to a scheme afterwards.
  registerAppScheme();

  // One instance owns the IndexedDB store and the window; a second launch hands over its file.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const isMac = process.platform === 'darwin';
  let mainWindow: BrowserWindow | null = null;
  // The menu is built once the app is ready, then again each time Open Recent changes.
  let isMenuReady = false;

  function showOpenError(message: string): void {
    dialog.showErrorBox('Scalepath could not open the file', message);
  }

  const recent = createRecentFiles({
    filePath: join(app.getPath('userData'), RECENT_FILES_FILE_NAME),
    platform: process.platform,
    onChange: () => refreshMenu(),
    ...(isMac
      ? {
          onAdd: (path: string) => app.addRecentDocument(path),
          onClear: () => app.clearRecentDocuments(),
        }
      : {}),
  });

  const opener = createFileOpener({
    getTarget: () => mainWindow?.webContents ?? null,
    showError: showOpenError,
    onOpened: (path) => void recent.add(path),
  });

  function showMainWindow(): BrowserWindow {
    const window = createMainWindow();
    mainWindow = window;
    opener.markNotListening();
    window.webContents.on('did-start-loading', () => opener.markNotListening());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  }

  function focusMainWindow(): void {
    if (mainWindow === null) {
      if (app.isReady()) showMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }

  function refreshMenu(): void {
    if (!isMenuReady) return;
    installApplicationMenu({
      isMac,
      isPackaged: app.isPackaged,
      recentFiles: recent.list(),
      openWorkshopFile: () => {
        // macOS keeps running without a window; the opened file needs one to land in.
        const window = mainWindow ?? showMainWindow();
        void opener.openFromDialog(window);
      },
      openRecentFile: (path) => {
        if (mainWindow === null) showMainWindow();
        void openRecentFile(path, {
          recent,
          platform: process.platform,
          openPath: (checked) => opener.openPath(checked),
          showError: showOpenError,
        });
      },
      clearRecentFiles: () => void recent.clear(),
      showAbout: () => void showAboutDialog(mainWindow),
      sendCommand: (command) => {
        // macOS without a window: bring the app back. A page still loading cannot take the
        // command (nothing in it listens yet), so it is not sent; the user asks again.
        if (mainWindow === null) {
          showMainWindow();
          return;
        }
        mainWindow.webContents.send(IpcChannel.menuCommand, command);
      },
    });
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // macOS: double-click in Finder, drop on the Dock icon. May fire before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady() && mainWindow === null) showMainWindow();
    void opener.openPath(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    for (const path of findWorkshopFilesInArgv(argv, workingDirectory)) void opener.openPath(path);
  });

  // At quit, the page sends the workshops changed since their last backup (or nothing); the quit
  // waits for that write, or three seconds at most, then goes on.
  let lastBackup = quitBackup();
  let isQuitting = false;
  app.on('before-quit', (event) => {
    const contents = mainWindow?.webContents;
    if (isQuitting || contents === undefined || contents.isDestroyed()) return;
    event.preventDefault();
    isQuitting = true;
    lastBackup = quitBackup();
    contents.send(IpcChannel.backupNow);
    void lastBackup.done.then(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      registerAppProtocol(RENDERER_DIR);
      registerIpcHandlers({
        getAppWindow: () => mainWindow,
        backupsFolder: () => join(app.getPath('userData'), 'backups'),
        onBackupsWritten: () => lastBackup.resolve(),
        onRendererListening: () => opener.markListening(),
        onWorkshopSaved: (path) => void recent.add(path),
        openAudienceWindow: (appWindow, request) =>
          openAudienceWindow(
            appWindow,
            { preloadPath: PRELOAD_PATH, isPackaged: app.isPackaged, platform: process.platform },
            request,
          ),
      });
      if (isMac) app.setAboutPanelOptions(aboutPanelOptions(app.getVersion()));
      isMenuReady = true;
      refreshMenu();
      showMainWindow();
      for (const path of findWorkshopFilesInArgv(process.argv, process.cwd())) {
        void opener.openPath(path);
      }
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Scalepath could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}

// Only inside Electron's main process: tests import this module (with 'electron' mocked)
// without starting anything.
if (typeof process.versions.electron === 'string' && process.type === 'browser') startApp();
