import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { basename, dirname } from 'node:path';
import type { MenuCommand } from '../../shared/ipc/channels.ts';
import { COMMANDS, SCREEN_COMMANDS } from '../../shared/ipc/commands.ts';

export interface MenuOptions {
  isMac: boolean;
  /** Packaged builds have no reload or developer tools: users need none; they open the app up. */
  isPackaged: boolean;
  /** File > Open Recent, newest first. */
  recentFiles: readonly string[];
  /** File > Open / Import…: the chosen file reaches the renderer like a double-clicked one. */
  openWorkshopFile(): void;
  /** File > Open Recent > <file>: the same way in, after the path is checked again. */
  openRecentFile(path: string): void;
  /** File > Open Recent > Clear menu. */
  clearRecentFiles(): void;
  /** Help > About Scalepath (Windows, Linux; macOS has the standard panel in the app menu). */
  showAbout(): void;
  /** An entry that is one of the renderer's actions: the renderer decides what it does. */
  sendCommand(command: MenuCommand): void;
}

/** A menu entry that is one of the renderer's actions, in the words and keys of COMMANDS. */
function commandEntry(
  name: MenuCommand,
  send: (c: MenuCommand) => void,
): MenuItemConstructorOptions {
  return {
    label: COMMANDS[name].label,
    accelerator: COMMANDS[name].accelerator,
    click: () => send(name),
  };
}

/** Menus read "&" as a mnemonic marker (macOS too); a file named "R&D" must show as written. */
function escapeLabel(text: string): string {
  return text.replaceAll('&', '&&');
}

/** File names, with the folder added where two entries would otherwise read the same. */
function recentFileLabels(paths: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(basename(path), (counts.get(basename(path)) ?? 0) + 1);
  return paths.map((path) => {
    const name = basename(path);
    return escapeLabel((counts.get(name) ?? 0) > 1 ? `${name} — ${dirname(path)}` : name);
  });
}

/**
 * The application menu, with each platform's accelerators. Entries that are app operations send
 * a MenuCommand to the renderer, which dispatches it to the same action as its buttons; entries
 * only main can do (open dialogs, Open Recent, About, zoom, full screen, Quit) stay here.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (name: MenuCommand) => commandEntry(name, (c) => options.sendCommand(c));

  const recentLabels = recentFileLabels(options.recentFiles);
  const openRecent: MenuItemConstructorOptions = {
    label: 'Open Recent',
    submenu: [
      ...options.recentFiles.map((path, index): MenuItemConstructorOptions => ({
        label: recentLabels[index] ?? escapeLabel(basename(path)),
        click: () => options.openRecentFile(path),
      })),
      ...(options.recentFiles.length > 0 ? [{ type: 'separator' } as const] : []),
      {
        label: 'Clear menu',
        enabled: options.recentFiles.length > 0,
        click: () => options.clearRecentFiles(),
      },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('new-workshop'),
      {
        // Main's own dialog: the file then reaches the renderer like a double-clicked one.
        label: COMMANDS['import-file'].label,
        accelerator: COMMANDS['import-file'].accelerator,
        click: () => options.openWorkshopFile(),
      },
      openRecent,
      { type: 'separator' },
      command('export-workshop'),
      command('export-deck'),
      { type: 'separator' },
      // Closes the workshop, not the window: the workshop is the document of this one-window app.
      command('close-workshop'),
      // macOS has Quit (Cmd+Q) in the app menu.
      ...(options.isMac
        ? []
        : [{ type: 'separator' } as const, { role: 'quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  // Undo and Redo go to the renderer, whose history covers every change in the app. Their
  // accelerators are shown but not registered (Windows, Linux), so the keystroke reaches the page
  // once, as a keydown, and never twice; a text field keeps its own undo.
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { ...command('undo'), registerAccelerator: false },
      { ...command('redo'), registerAccelerator: false },
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
    : [
        { type: 'separator' },
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
      ];
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...SCREEN_COMMANDS.map(command),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // CmdOrCtrl+Plus needs Shift on most keyboards; people press CmdOrCtrl+= for zoom in.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };

  // Built by hand rather than with role 'windowMenu', whose Close takes CmdOrCtrl+W from File.
  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: options.isMac
      ? [
          { role: 'minimize' },
          { role: 'zoom' },
          { type: 'separator' },
          { role: 'close', accelerator: 'Shift+Cmd+W' },
          { type: 'separator' },
          { role: 'front' },
        ]
      : [{ role: 'minimize' }],
  };

  if (options.isMac) {
    // macOS: About, Services, Hide and Quit live in the menu named after the app; About is the
    // standard panel, given the version by setAboutPanelOptions (see about.ts).
    const appMenu: MenuItemConstructorOptions = {
      label: 'Scalepath',
      submenu: [
        { role: 'about', label: 'About Scalepath' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    };
    return [appMenu, fileMenu, editMenu, viewMenu, windowMenu];
  }
  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [{ label: 'About Scalepath', click: () => options.showAbout() }],
  };
  return [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** Installs the menu; called again whenever Open Recent changes. */
export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
