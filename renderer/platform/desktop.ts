import type { ScalepathBridge } from '../../shared/ipc/contract.ts';
import {
  CSV_FILE_EXTENSION,
  PDF_FILE_EXTENSION,
  WORKSHOP_FILE_EXTENSION,
} from '../../shared/ipc/contract.ts';
import { toSafeFileName } from '../../shared/ipc/file-names.ts';
import type { Platform } from './platform.ts';

function requireBridge(): ScalepathBridge {
  if (window.scalepath === undefined) {
    throw new Error('The desktop platform needs the Electron preload bridge (window.scalepath).');
  }
  return window.scalepath;
}

/**
 * The Platform over the Electron preload bridge (`window.scalepath`). Main refuses file names
 * with separators or characters Windows forbids, so titles are made safe here before asking.
 */
export function createDesktopPlatform(bridge: ScalepathBridge = requireBridge()): Platform {
  return {
    kind: 'desktop',
    openWorkshopFile: () => bridge.openWorkshopFile(),
    saveWorkshopFile: (suggestedName, text) =>
      bridge.saveWorkshopFile(toSafeFileName(suggestedName, WORKSHOP_FILE_EXTENSION), text),
    savePdf: (suggestedName, bytes) =>
      bridge.savePdf(toSafeFileName(suggestedName, PDF_FILE_EXTENSION), bytes),
    saveCsv: (suggestedName, text) =>
      bridge.saveCsv(toSafeFileName(suggestedName, CSV_FILE_EXTENSION), text),
    onFileOpened: (listener) => bridge.onFileOpened(listener),
    onCommand: (listener) => bridge.onMenuCommand(listener),
    appVersion: () => bridge.appVersion(),
    openAudienceWindow: (workshopId, view) => bridge.openAudienceWindow(workshopId, view),
    backups: {
      write: (backups) => bridge.backupWorkshops(backups),
      onBackupNow: (listener) => bridge.onBackupNow(listener),
      list: () => bridge.listBackups(),
      read: (workshopId, name) => bridge.readBackup(workshopId, name),
    },
  };
}
