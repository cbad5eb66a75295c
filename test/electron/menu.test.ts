import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, resetFakeElectron } from './fake-electron.ts';
import { buildMenuTemplate, installApplicationMenu } from '../../electron/main/menu.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function roles(template: MenuItemConstructorOptions[]): string[] {
  return items(template).flatMap((item) => (item.role ? [item.role] : []));
}

describe('the application menu', () => {
  beforeEach(() => resetFakeElectron());

  it('opens a workshop with Ctrl/Cmd+O', () => {
    const openWorkshopFile = vi.fn();
    const template = buildMenuTemplate({
      isMac: false,
      isPackaged: true,
      openWorkshopFile,
      sendCommand: vi.fn(),
    });
    const open = items(template).find((item) => item.label === 'Open…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    expect(openWorkshopFile).toHaveBeenCalledTimes(1);
  });

  it('has Quit, the edit roles and the view roles', () => {
    const template = buildMenuTemplate({
      isMac: false,
      isPackaged: true,
      openWorkshopFile() {},
      sendCommand() {},
    });
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
    ]);
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
  });

  it('sends Undo and Redo to the renderer, showing but not registering their accelerators', () => {
    const sendCommand = vi.fn();
    const template = buildMenuTemplate({
      isMac: false,
      isPackaged: true,
      openWorkshopFile() {},
      sendCommand,
    });
    const undo = items(template).find((item) => item.label === 'Undo');
    const redo = items(template).find((item) => item.label === 'Redo');
    expect([undo?.accelerator, redo?.accelerator]).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z']);
    // Registered, the keystroke would reach the page's own shortcut too: two undos for one press.
    expect([undo?.registerAccelerator, redo?.registerAccelerator]).toEqual([false, false]);
    (undo?.click as () => void)();
    (redo?.click as () => void)();
    expect(sendCommand.mock.calls).toEqual([['undo'], ['redo']]);
    expect(roles(template)).not.toContain('undo');
  });

  it('has no developer tools in packaged builds', () => {
    const packaged = buildMenuTemplate({
      isMac: false,
      isPackaged: true,
      openWorkshopFile() {},
      sendCommand() {},
    });
    const dev = buildMenuTemplate({
      isMac: false,
      isPackaged: false,
      openWorkshopFile() {},
      sendCommand() {},
    });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('follows macOS conventions: app menu first, Quit there', () => {
    const template = buildMenuTemplate({
      isMac: true,
      isPackaged: true,
      openWorkshopFile() {},
      sendCommand() {},
    });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(template)).toContain('close');
  });

  it('installs the menu', () => {
    installApplicationMenu({
      isMac: false,
      isPackaged: true,
      openWorkshopFile() {},
      sendCommand() {},
    });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});
