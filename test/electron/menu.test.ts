import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, resetFakeElectron } from './fake-electron.ts';
import { buildMenuTemplate, installApplicationMenu } from '../../electron/main/menu.ts';
import type { MenuOptions } from '../../electron/main/menu.ts';
import { MENU_COMMANDS } from '../../shared/ipc/channels.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

function menuOptions(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    isMac: false,
    isPackaged: true,
    recentFiles: [],
    openWorkshopFile: vi.fn(),
    openRecentFile: vi.fn(),
    clearRecentFiles: vi.fn(),
    showAbout: vi.fn(),
    sendCommand: vi.fn(),
    ...overrides,
  };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items(submenu(item))]);
}

function topMenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label);
  expect(menu, label).toBeDefined();
  return submenu(menu);
}

const MAIN_ACTIONS = [
  'openWorkshopFile',
  'openRecentFile',
  'clearRecentFiles',
  'showAbout',
] as const satisfies readonly (keyof MenuOptions)[];

function clickItem(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

/**
 * One row per entry of a menu: its label (or role), its accelerator and flags, and what clicking
 * it does: the command it sends to the renderer (-> name) or the main-process action it calls.
 */
function rows(entries: MenuItemConstructorOptions[], options: MenuOptions): string[] {
  return entries.map((item) => {
    if (item.type === 'separator') return '---';
    vi.clearAllMocks();
    clickItem(item);
    const sent = vi.mocked(options.sendCommand).mock.calls.map(([command]) => `-> ${command}`);
    const main = MAIN_ACTIONS.filter((name) => vi.mocked(options[name]).mock.calls.length > 0).map(
      (name) => `main: ${name}`,
    );
    const flags = [
      item.accelerator,
      item.registerAccelerator === false ? 'not registered' : undefined,
      item.visible === false ? 'hidden' : undefined,
      item.enabled === false ? 'disabled' : undefined,
      Array.isArray(item.submenu) ? 'submenu' : undefined,
    ].filter((flag) => flag !== undefined);
    return [item.label ?? `role:${item.role}`, ...flags, ...sent, ...main].join(' | ');
  });
}

function menuRows(options: MenuOptions, label: string): string[] {
  return rows(topMenu(buildMenuTemplate(options), label), options);
}

/** Every command the template sends, found by clicking every entry once. */
function sentCommands(options: MenuOptions): string[] {
  for (const item of items(buildMenuTemplate(options))) clickItem(item);
  return vi.mocked(options.sendCommand).mock.calls.map(([command]) => command);
}

const FILE_MENU_COMMON = [
  'New workshop | CmdOrCtrl+N | -> new-workshop',
  'Open / Import… | CmdOrCtrl+O | main: openWorkshopFile',
  'Open Recent | submenu',
  '---',
  'Export workshop… | CmdOrCtrl+S | -> export-workshop',
  'Export deck… | Shift+CmdOrCtrl+E | -> export-deck',
  '---',
  'Close | CmdOrCtrl+W | -> close-workshop',
];

const EDIT_MENU = [
  'Undo | CmdOrCtrl+Z | not registered | -> undo',
  'Redo | Shift+CmdOrCtrl+Z | not registered | -> redo',
  '---',
  'role:cut',
  'role:copy',
  'role:paste',
  'role:delete',
  '---',
  'role:selectAll',
];

const VIEW_MENU_PACKAGED = [
  'Candidates | CmdOrCtrl+1 | -> show-candidates',
  'Matrix | CmdOrCtrl+2 | -> show-matrix',
  'Roadmap | CmdOrCtrl+3 | -> show-roadmap',
  'Portfolio | CmdOrCtrl+4 | -> show-portfolio',
  'Sensitivity | Alt+CmdOrCtrl+S | -> show-sensitivity',
  'Governance | CmdOrCtrl+5 | -> show-governance',
  'Scale | CmdOrCtrl+6 | -> show-scale',
  'Room | CmdOrCtrl+7 | -> show-room',
  'Deck | CmdOrCtrl+8 | -> show-deck',
  'Settings | CmdOrCtrl+9 | -> show-settings',
  '---',
  'role:resetZoom',
  'role:zoomIn',
  'role:zoomIn | CmdOrCtrl+= | hidden',
  'role:zoomOut',
  '---',
  'role:togglefullscreen',
];

describe('the application menu on Windows and Linux', () => {
  beforeEach(() => resetFakeElectron());

  it('has File, Edit, View, Window and Help, with Alt mnemonics', () => {
    const template = buildMenuTemplate(menuOptions());
    expect(template.map((item) => item.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
  });

  it('File: each entry, its accelerator and what it does; Quit is Ctrl+Q', () => {
    expect(menuRows(menuOptions(), '&File')).toEqual([
      ...FILE_MENU_COMMON,
      '---',
      'role:quit | Ctrl+Q',
    ]);
  });

  it('Edit: Undo and Redo go to the renderer, shown but not registered; the clipboard roles', () => {
    expect(menuRows(menuOptions(), '&Edit')).toEqual(EDIT_MENU);
  });

  it('View: the nine screens (CmdOrCtrl+1…9), zoom and full screen; no reload or devtools when packaged', () => {
    expect(menuRows(menuOptions(), '&View')).toEqual(VIEW_MENU_PACKAGED);
  });

  it('View: reload and developer tools in development builds only', () => {
    expect(menuRows(menuOptions({ isPackaged: false }), '&View')).toEqual([
      ...VIEW_MENU_PACKAGED,
      '---',
      'role:reload',
      'role:forceReload',
      'role:toggleDevTools',
    ]);
  });

  it('Window: Minimize only, so Ctrl+W stays with File > Close', () => {
    const template = buildMenuTemplate(menuOptions());
    expect(menuRows(menuOptions(), '&Window')).toEqual(['role:minimize']);
    const roles = items(template).map((item) => item.role);
    expect(roles).not.toContain('windowMenu');
    expect(roles).not.toContain('close');
  });

  it('Help: About Scalepath, shown by main', () => {
    expect(menuRows(menuOptions(), '&Help')).toEqual(['About Scalepath | main: showAbout']);
  });
});

describe('the application menu on macOS', () => {
  beforeEach(() => resetFakeElectron());
  const mac = () => menuOptions({ isMac: true });

  it('starts with the app menu: About (the standard panel), Services, Hide, Quit; no Help', () => {
    const template = buildMenuTemplate(mac());
    expect(template.map((item) => item.label)).toEqual([
      'Scalepath',
      '&File',
      '&Edit',
      '&View',
      '&Window',
    ]);
    expect(menuRows(mac(), 'Scalepath')).toEqual([
      'About Scalepath',
      '---',
      'role:services',
      '---',
      'role:hide',
      'role:hideOthers',
      'role:unhide',
      '---',
      'role:quit',
    ]);
    expect(topMenu(template, 'Scalepath')[0]?.role).toBe('about');
  });

  it('File: the same entries; Cmd+W closes the workshop; Quit is in the app menu only', () => {
    expect(menuRows(mac(), '&File')).toEqual(FILE_MENU_COMMON);
  });

  it('Edit and View: the same entries as on Windows and Linux', () => {
    expect(menuRows(mac(), '&Edit')).toEqual(EDIT_MENU);
    expect(menuRows(mac(), '&View')).toEqual(VIEW_MENU_PACKAGED);
  });

  it('Window: Minimize, Zoom, Close Window on Shift+Cmd+W (Cmd+W is File > Close), Bring All to Front', () => {
    expect(menuRows(mac(), '&Window')).toEqual([
      'role:minimize',
      'role:zoom',
      '---',
      'role:close | Shift+Cmd+W',
      '---',
      'role:front',
    ]);
  });
});

describe('every platform', () => {
  beforeEach(() => resetFakeElectron());

  it.each([false, true])(
    'sends only MENU_COMMANDS, each app operation once (isMac %s)',
    (isMac) => {
      const sent = sentCommands(
        menuOptions({ isMac, isPackaged: false, recentFiles: ['/w/a.scalepath'] }),
      );
      for (const command of sent) expect(MENU_COMMANDS).toContain(command);
      // import-file is the renderer's own (its button); the menu's Open / Import… is main's dialog.
      expect([...sent].sort()).toEqual(MENU_COMMANDS.filter((c) => c !== 'import-file').sort());
    },
  );

  it.each([false, true])('gives no two entries the same accelerator (isMac %s)', (isMac) => {
    const template = buildMenuTemplate(menuOptions({ isMac, isPackaged: false }));
    const accelerators = items(template).flatMap((item) =>
      item.accelerator ? [String(item.accelerator)] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('File > Open Recent', () => {
  beforeEach(() => resetFakeElectron());

  function openRecent(options: MenuOptions): MenuItemConstructorOptions[] {
    return submenu(
      topMenu(buildMenuTemplate(options), '&File').find((item) => item.label === 'Open Recent'),
    );
  }

  it('lists the files newest first, each opened by main, then Clear menu', () => {
    const options = menuOptions({ recentFiles: ['/w/Acme.scalepath', '/w/Pilot.scalepath'] });
    expect(rows(openRecent(options), options)).toEqual([
      'Acme.scalepath | main: openRecentFile',
      'Pilot.scalepath | main: openRecentFile',
      '---',
      'Clear menu | main: clearRecentFiles',
    ]);
    vi.clearAllMocks();
    clickItem(openRecent(options)[1] ?? {});
    expect(options.openRecentFile).toHaveBeenCalledWith('/w/Pilot.scalepath');
  });

  it('shows a disabled Clear menu when empty', () => {
    const options = menuOptions();
    expect(rows(openRecent(options), options)).toEqual([
      'Clear menu | disabled | main: clearRecentFiles',
    ]);
  });

  it('adds the folder where two files have the same name, and shows "&" as written', () => {
    const entries = openRecent(
      menuOptions({
        recentFiles: ['/a/Acme.scalepath', '/b/Acme.scalepath', '/w/R&D.scalepath'],
      }),
    );
    expect(entries.slice(0, 3).map((item) => item.label)).toEqual([
      'Acme.scalepath — /a',
      'Acme.scalepath — /b',
      'R&&D.scalepath',
    ]);
  });
});

describe('installApplicationMenu', () => {
  beforeEach(() => resetFakeElectron());

  it('installs the menu built from the template', () => {
    installApplicationMenu(menuOptions());
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});
