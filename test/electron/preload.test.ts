import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron.ts';
import { IpcChannel, MENU_COMMANDS } from '../../shared/ipc/channels.ts';
import type { ScalepathBridge } from '../../shared/ipc/contract.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let bridge: ScalepathBridge;
let exposedAs: unknown;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../electron/preload/index.ts');
  const call = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  exposedAs = call[0];
  bridge = call[1] as ScalepathBridge;
});

describe('the preload bridge', () => {
  it('exposes exactly the named API on window.scalepath, never ipcRenderer', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposedAs).toBe('scalepath');
    expect(Object.keys(bridge).sort()).toEqual([
      'appVersion',
      'backupWorkshops',
      'listBackups',
      'onBackupNow',
      'onFileOpened',
      'onMenuCommand',
      'openAudienceWindow',
      'openWorkshopFile',
      'readBackup',
      'saveCsv',
      'savePdf',
      'saveWorkshopFile',
    ]);
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer.send);
      expect(value).not.toBe(ipcRenderer.on);
    }
  });

  it('tells main at load that it listens for opened files', () => {
    expect(ipcRenderer.send).toHaveBeenCalledWith(IpcChannel.fileOpenedListening);
  });

  it('sends one request object per call, with nothing extra', async () => {
    ipcRenderer.invoke.mockResolvedValue(true);
    await bridge.saveWorkshopFile('Acme.scalepath', '{}');
    const bytes = new Uint8Array([1, 2]);
    await bridge.savePdf('Acme.pdf', bytes);
    ipcRenderer.invoke.mockResolvedValue(null);
    await bridge.openWorkshopFile();
    ipcRenderer.invoke.mockResolvedValue('0.1.0');
    await expect(bridge.appVersion()).resolves.toBe('0.1.0');
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [IpcChannel.saveWorkshopFile, { suggestedName: 'Acme.scalepath', text: '{}' }],
      [IpcChannel.savePdf, { suggestedName: 'Acme.pdf', bytes }],
      [IpcChannel.openWorkshopFile],
      [IpcChannel.appVersion],
    ]);
  });

  it("rejects with main's plain message, without Electron's wrapping", async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(
      new Error(
        "Error invoking remote method 'scalepath:save-pdf': Error: Scalepath refused the " +
          'request to save the PDF: the PDF is larger than 100 MB and cannot be saved.',
      ),
    );
    await expect(bridge.savePdf('deck.pdf', new Uint8Array())).rejects.toThrow(
      /^Scalepath refused the request to save the PDF: the PDF is larger than 100 MB/,
    );
  });

  it('hands opened files to listeners (never the IPC event), holding them until one subscribes', () => {
    const first = { name: 'early.scalepath', text: 'E' };
    const second = { name: 'later.scalepath', text: 'L' };
    const sender = { sender: ipcRenderer };
    ipcRenderer.emit(IpcChannel.fileOpened, sender, first);

    const listener = vi.fn();
    const unsubscribe = bridge.onFileOpened(listener);
    expect(listener.mock.calls).toEqual([[first]]);

    ipcRenderer.emit(IpcChannel.fileOpened, sender, second);
    expect(listener.mock.calls).toEqual([[first], [second]]);

    unsubscribe();
    ipcRenderer.emit(IpcChannel.fileOpened, sender, first);
    expect(listener).toHaveBeenCalledTimes(2);
    const next = vi.fn();
    bridge.onFileOpened(next);
    expect(next.mock.calls).toEqual([[first]]);
  });

  it('passes every menu command to listeners, and nothing else', () => {
    const sender = { sender: ipcRenderer };
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    for (const command of MENU_COMMANDS) {
      ipcRenderer.emit(IpcChannel.menuCommand, sender, command);
      // What is not a command's name never reaches the page.
      ipcRenderer.emit(IpcChannel.menuCommand, sender, `${command}-now`);
      ipcRenderer.emit(IpcChannel.menuCommand, sender, { command });
    }
    ipcRenderer.emit(IpcChannel.menuCommand, sender, 'format-disk');
    expect(listener.mock.calls).toEqual(MENU_COMMANDS.map((command) => [command]));
    unsubscribe();
    ipcRenderer.emit(IpcChannel.menuCommand, sender, 'undo');
    expect(listener).toHaveBeenCalledTimes(MENU_COMMANDS.length);
  });
});
