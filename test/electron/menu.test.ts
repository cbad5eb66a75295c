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
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, openWorkshopFile });
    const open = items(template).find((item) => item.label === 'Open…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    expect(openWorkshopFile).toHaveBeenCalledTimes(1);
  });

  it('has Quit, the edit roles and the view roles', () => {
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, openWorkshopFile() {} });
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
    ]);
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
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

  it('has no developer tools in packaged builds', () => {
    const packaged = buildMenuTemplate({ isMac: false, isPackaged: true, openWorkshopFile() {} });
    const dev = buildMenuTemplate({ isMac: false, isPackaged: false, openWorkshopFile() {} });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('follows macOS conventions: app menu first, Quit there', () => {
    const template = buildMenuTemplate({ isMac: true, isPackaged: true, openWorkshopFile() {} });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(template)).toContain('close');
  });

  it('installs the menu', () => {
    installApplicationMenu({ isMac: false, isPackaged: true, openWorkshopFile() {} });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});
