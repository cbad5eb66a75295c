import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  /** Packaged builds have no developer tools: users need none, and they open the app's insides. */
  isPackaged: boolean;
  /** File > Open…: the chosen file reaches the renderer like a double-clicked one. */
  openWorkshopFile(): void;
}

/**
 * The application menu with the usual accelerators. The Edit roles act on text fields (native
 * undo, clipboard); workshop-level undo belongs to the renderer's own actions.
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
      { role: 'undo' },
      { role: 'redo' },
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
