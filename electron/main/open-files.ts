import type { BrowserWindow, WebContents } from 'electron';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IpcChannel } from '../../shared/ipc/channels.ts';
import { fileOpenedSchema, parseIpcPayload } from '../../shared/ipc/contract.ts';
import type { OpenedWorkshopFile } from '../../shared/ipc/contract.ts';
import { chooseWorkshopFile } from './dialogs.ts';
import { hasWorkshopExtension, readWorkshopFile } from './files.ts';

// Each waiting file may be 20 MB; a burst of double-clicks must not pile up without bound.
const MAX_WAITING_FILES = 8;

/**
 * The .scalepath files named on a command line (Windows and Linux file associations, a second
 * instance, `scalepath file.scalepath`). Flags and the executable are skipped; Linux desktop
 * entries may pass file:// URLs; relative paths are relative to the caller's directory.
 */
export function findWorkshopFilesInArgv(
  argv: readonly string[],
  workingDirectory: string,
): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let path = arg;
    if (arg.startsWith('file://')) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!hasWorkshopExtension(path)) continue;
    paths.push(isAbsolute(path) ? path : resolve(workingDirectory, path));
  }
  return paths;
}

export interface FileOpenerDependencies {
  /** The app window's web contents, or null while there is no window. */
  getTarget(): WebContents | null;
  /** Tells the user, in plain words, that a file could not be opened. */
  showError(message: string): void;
  /** A file was read and handed over (or is waiting for the page): File > Open Recent keeps it. */
  onOpened?(path: string): void;
}

export interface FileOpener {
  /** Reads a file the OS asked us to open and hands it to the renderer. */
  openPath(path: string): Promise<void>;
  /** File > Open…: asks for a file, then treats it like a double-clicked one. */
  openFromDialog(window: BrowserWindow | null): Promise<void>;
  /** The preload is listening: send everything that waited. */
  markListening(): void;
  /** The page is (re)loading: hold files until its preload listens again. */
  markNotListening(): void;
}

/**
 * Files can arrive before there is a window, or while the page is still loading (argv at
 * launch, macOS open-file before ready). They wait here until the preload says it listens.
 */
export function createFileOpener(dependencies: FileOpenerDependencies): FileOpener {
  const waiting: OpenedWorkshopFile[] = [];
  let isListening = false;

  function flush(): void {
    const target = dependencies.getTarget();
    if (!isListening || target === null || target.isDestroyed()) return;
    for (const file of waiting.splice(0)) target.send(IpcChannel.fileOpened, file);
  }

  function deliver(file: OpenedWorkshopFile): void {
    const checked = parseIpcPayload(fileOpenedSchema, file, 'open a file');
    if (waiting.length >= MAX_WAITING_FILES) waiting.shift();
    waiting.push(checked);
    flush();
  }

  async function openPath(path: string): Promise<void> {
    try {
      deliver(await readWorkshopFile(path));
      dependencies.onOpened?.(path);
    } catch (error) {
      dependencies.showError(error instanceof Error ? error.message : String(error));
    }
  }

  return {
    openPath,
    async openFromDialog(window) {
      let path: string | null;
      try {
        path = await chooseWorkshopFile(window);
      } catch (error) {
        dependencies.showError(error instanceof Error ? error.message : String(error));
        return;
      }
      if (path !== null) await openPath(path);
    },
    markListening() {
      isListening = true;
      flush();
    },
    markNotListening() {
      isListening = false;
    },
  };
}
