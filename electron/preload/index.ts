import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
// channels.ts is zod-free on purpose: this sandboxed preload can only require('electron'), so
// the bundler inlines what it imports, and the bridge should stay small. Types are erased.
import { IpcChannel, isMenuCommand, plainErrorMessage } from '../../shared/ipc/channels.ts';
import type { MenuCommand } from '../../shared/ipc/channels.ts';
import type { OpenedWorkshopFile, ScalepathBridge } from '../../shared/ipc/contract.ts';

type FileListener = (file: OpenedWorkshopFile) => void;

const listeners = new Set<FileListener>();
// Files main sends before the renderer has subscribed (argv at launch) wait here.
const waitingFiles: OpenedWorkshopFile[] = [];

// The event object never reaches the page: its `sender` is ipcRenderer itself.
ipcRenderer.on(IpcChannel.fileOpened, (_event: IpcRendererEvent, file: OpenedWorkshopFile) => {
  if (listeners.size === 0) {
    waitingFiles.push(file);
    return;
  }
  for (const listener of listeners) listener(file);
});
const commandListeners = new Set<(command: MenuCommand) => void>();
ipcRenderer.on(IpcChannel.menuCommand, (_event: IpcRendererEvent, command: unknown) => {
  if (!isMenuCommand(command)) return;
  for (const listener of commandListeners) listener(command);
});

const backupNowListeners = new Set<() => void>();
ipcRenderer.on(IpcChannel.backupNow, () => {
  for (const listener of backupNowListeners) listener();
});

// Main holds files opened at launch until it hears that this page listens.
ipcRenderer.send(IpcChannel.fileOpenedListening);

async function invoke<T>(channel: string, ...args: unknown[]): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel, ...args)) as T;
  } catch (error) {
    throw new Error(plainErrorMessage(error), { cause: error });
  }
}

const bridge: ScalepathBridge = {
  openWorkshopFile: () => invoke(IpcChannel.openWorkshopFile),
  saveWorkshopFile: (suggestedName, text) =>
    invoke(IpcChannel.saveWorkshopFile, { suggestedName, text }),
  savePdf: (suggestedName, bytes) => invoke(IpcChannel.savePdf, { suggestedName, bytes }),
  saveCsv: (suggestedName, text) => invoke(IpcChannel.saveCsv, { suggestedName, text }),
  onFileOpened: (listener) => {
    listeners.add(listener);
    for (const file of waitingFiles.splice(0)) listener(file);
    return () => {
      listeners.delete(listener);
    };
  },
  onMenuCommand: (listener) => {
    commandListeners.add(listener);
    return () => {
      commandListeners.delete(listener);
    };
  },
  appVersion: () => invoke(IpcChannel.appVersion),
  openAudienceWindow: (workshopId, view) =>
    invoke(IpcChannel.openAudienceWindow, { workshopId, view }),
  backupWorkshops: (backups) => invoke(IpcChannel.backupWorkshops, { backups }),
  listBackups: () => invoke(IpcChannel.listBackups),
  readBackup: (workshopId, name) => invoke(IpcChannel.readBackup, { workshopId, name }),
  onBackupNow: (listener) => {
    backupNowListeners.add(listener);
    return () => {
      backupNowListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('scalepath', bridge);
