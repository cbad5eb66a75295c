import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels.ts';

export interface MenuOptions {
  isMac: boolean;
  /** Packaged builds have no developer tools: users need none, and they open the app's insides. */
  isPackaged: boolean;
  /** File > Open…: the chosen file reaches the renderer like a double-clicked one. */
  openWorkshopFile(): void;
  /** Edit > Undo / Redo: the renderer's history decides (a text field keeps its own undo). */
  sendCommand(command: MenuCommand): void;
}

/**
 * The application menu with the usual accelerators. The clipboard roles act on text fields;
 * Undo and Redo go to the renderer, whose history covers every change in the app. Their
 * accelerators are shown but not registered (Windows, Linux), so the keystroke reaches the page
 * once, as a keydown, and never twice.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'Open…',
        accelerator: 'CmdOrCtrl+O',
        click: () => options.openWorkshopFile(),
      },
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      {
        label: 'Undo',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => options.sendCommand('undo'),
      },
      {
        label: 'Redo',
        accelerator: 'Shift+CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => options.sendCommand('redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'toggleDevTools' }];
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      ...developerItems,
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  // macOS puts About, Hide and Quit (Cmd+Q) in a menu named after the app.
  return options.isMac
    ? [{ role: 'appMenu' }, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
