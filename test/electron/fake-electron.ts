/**
 * A small stand-in for the 'electron' module, which cannot load without its binary.
 * Test files use it with `vi.mock('electron', () => import('./fake-electron.ts'))` and import
 * the same module to drive and inspect it. `resetFakeElectron()` between tests.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

// A folder that does not exist: a test that does not set its own userData writes nothing anywhere.
const MISSING_USER_DATA = join(
  tmpdir(),
  'scalepath-fake-electron-no-user-data',
  String(process.pid),
);

function fakePath(name: string): string {
  return name === 'userData' ? MISSING_USER_DATA : tmpdir();
}

type Listener = (...args: never[]) => unknown;

/** Just enough of an EventEmitter: records listeners so tests can fire events by hand. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });

  once = this.on;

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (...values: unknown[]) => unknown)(...args);
    }
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends FakeEmitter {
  readonly mainFrame: FakeFrame = { url: 'app://scalepath/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send = vi.fn();
  isDestroyed = vi.fn(() => false);
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

/** A cancellable Electron event, as will-navigate and friends receive it. */
export function fakeEvent<T extends object>(details: T = {} as T) {
  return { ...details, preventDefault: vi.fn(), defaultPrevented: false };
}

/** An IPC event from `frame` of `sender`; defaults to the app's own top frame. */
export function ipcEvent(sender: FakeWebContents, frame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}

export class BrowserWindow extends FakeEmitter {
  static readonly created: BrowserWindow[] = [];
  static getAllWindows = vi.fn(() => BrowserWindow.created);
  readonly webContents = new FakeWebContents();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  showInactive = vi.fn();
  setFullScreen = vi.fn();
  getBounds = vi.fn(() => ({ x: 0, y: 0, width: 1280, height: 800 }));
  loadURL = vi.fn(async (_url: string) => undefined);

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
}

export const app = Object.assign(new FakeEmitter(), {
  isPackaged: false,
  getVersion: vi.fn(() => '0.1.0'),
  getPath: vi.fn(fakePath),
  addRecentDocument: vi.fn(),
  clearRecentDocuments: vi.fn(),
  setAboutPanelOptions: vi.fn(),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  isReady: vi.fn(() => false),
  whenReady: vi.fn(() => new Promise<void>(() => undefined)),
});

export const ipcMain = {
  invokeHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  messageHandlers: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    ipcMain.invokeHandlers.set(channel, async (event, ...args) => handler(event, ...args));
  }),
  on: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => void) => {
    ipcMain.messageHandlers.set(channel, handler);
  }),
};

/** The displays the fake machine has: the laptop's only, unless a test plugs in a projector. */
export const LAPTOP_DISPLAY = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
export const screen = {
  getAllDisplays: vi.fn((): Array<{ id: number; bounds: typeof LAPTOP_DISPLAY.bounds }> => [
    LAPTOP_DISPLAY,
  ]),
};

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export function createFakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
}

export const session = { defaultSession: createFakeSession() };

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const ipcRenderer = Object.assign(new FakeEmitter(), {
  send: vi.fn(),
  invoke: vi.fn(),
});

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  BrowserWindow.created.length = 0;
  app.listeners.clear();
  ipcRenderer.listeners.clear();
  ipcMain.invokeHandlers.clear();
  ipcMain.messageHandlers.clear();
  app.isPackaged = false;
  app.requestSingleInstanceLock.mockImplementation(() => true);
  app.isReady.mockImplementation(() => false);
  app.getPath.mockImplementation(fakePath);
  app.whenReady.mockImplementation(() => new Promise<void>(() => undefined));
  session.defaultSession = createFakeSession();
  screen.getAllDisplays.mockImplementation(() => [LAPTOP_DISPLAY]);
}
