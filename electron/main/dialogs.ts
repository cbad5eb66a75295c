import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { basename, dirname, join } from 'node:path';
import { WORKSHOP_FILE_EXTENSION } from '../../shared/ipc/contract.ts';
import { describeFileError, withExtension, writeFileAtomic } from './files.ts';

const WORKSHOP_FILTER = { name: 'Scalepath workshop', extensions: [WORKSHOP_FILE_EXTENSION] };

// The folder the user last chose, so the next dialog opens there; memory only, on purpose.
let lastDirectory: string | undefined;

function startDirectory(): string {
  return lastDirectory ?? app.getPath('documents');
}

/** Asks for a .scalepath file to open; null when the user cancels. */
export async function chooseWorkshopFile(window: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open workshop',
    defaultPath: startDirectory(),
    properties: ['openFile'],
    filters: [WORKSHOP_FILTER],
  };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return null;
  lastDirectory = dirname(path);
  return path;
}

export interface SaveRequest {
  title: string;
  suggestedName: string;
  extension: string;
  filterName: string;
  data: string | Uint8Array;
}

/**
 * Shows a save dialog and writes the file atomically. Returns the path written, or null when the
 * user cancels; throws an Error in plain words when the write fails.
 */
export async function saveWithDialog(
  window: BrowserWindow | null,
  request: SaveRequest,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: join(startDirectory(), request.suggestedName),
    filters: [{ name: request.filterName, extensions: [request.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const path = withExtension(result.filePath, request.extension);
  try {
    await writeFileAtomic(path, request.data);
  } catch (error) {
    throw new Error(`Scalepath could not save "${basename(path)}": ${describeFileError(error)}.`, {
      cause: error,
    });
  }
  lastDirectory = dirname(path);
  return path;
}
