/*
 * File > Open Recent: the last workshop files opened or saved on this computer, newest first.
 *
 * Stored by main in <userData>/recent-files.json as {"version": 1, "paths": [...]}: paths only,
 * never contents, at most MAX_RECENT_FILES, written atomically (writeFileAtomic). The file is
 * read back as untrusted input: bounded in size, and each path is checked (absolute, canonical,
 * .scalepath, no control characters) before it is listed, and again before it is opened. A
 * corrupt or oversized file is ignored, not repaired: the next change writes a good one.
 *
 * Opening an entry goes through the same path as File > Open… and a double-click (the bounded
 * reader, then the renderer's import or merge flow), so Open Recent can do nothing they cannot.
 */
import { stat } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import type { PlatformPath } from 'node:path';
import { z } from 'zod';
import { fileErrorCode, hasWorkshopExtension, readStateFile, writeFileAtomic } from './files.ts';

export const RECENT_FILES_FILE_NAME = 'recent-files.json';
export const MAX_RECENT_FILES = 10;
/** Ten paths are a few kilobytes; anything near this is not a file we wrote. */
const MAX_RECENT_FILE_BYTES = 64 * 1024;
/** Longer than any path an open or save dialog hands back on the three systems. */
const MAX_PATH_LENGTH = 4096;
const STORE_VERSION = 1;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// Win32 device namespaces (\\.\, \\?\): no dialog returns them, and they bypass path checks.
const WIN32_DEVICE_PATH = /^[\\/]{2}[.?][\\/]/;

const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  paths: z.array(z.unknown()).max(1000),
});

function pathsFor(platform: NodeJS.Platform): PlatformPath {
  return platform === 'win32' ? win32 : posix;
}

/** Windows and (by default) macOS file systems ignore letter case: one file, one entry. */
function sameFileKey(filePath: string, platform: NodeJS.Platform): string {
  return platform === 'win32' || platform === 'darwin' ? filePath.toLowerCase() : filePath;
}

/**
 * True for a path Open Recent may list and open: a string, absolute and already normalised (no
 * `..`, no doubled separators), ending in .scalepath, without control characters, of sane length.
 */
export function isListablePath(value: unknown, platform: NodeJS.Platform): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH_LENGTH) {
    return false;
  }
  if (CONTROL_CHARACTERS.test(value) || !hasWorkshopExtension(value)) return false;
  const paths = pathsFor(platform);
  if (platform === 'win32' && WIN32_DEVICE_PATH.test(value)) return false;
  return paths.isAbsolute(value) && paths.normalize(value) === value;
}

/** `filePath` first, any other entry for the same file dropped, cut to MAX_RECENT_FILES. */
export function withRecentFile(
  paths: readonly string[],
  filePath: string,
  platform: NodeJS.Platform,
): string[] {
  const key = sameFileKey(filePath, platform);
  return [filePath, ...paths.filter((p) => sameFileKey(p, platform) !== key)].slice(
    0,
    MAX_RECENT_FILES,
  );
}

/**
 * The list stored in `text`: listable paths only, duplicates and extras dropped. Anything that
 * is not our JSON (truncated, hand-edited, another version) gives an empty list, never a throw.
 */
export function parseRecentFiles(text: string, platform: NodeJS.Platform): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = storeSchema.safeParse(data);
  if (!parsed.success) return [];
  let paths: string[] = [];
  for (const entry of [...parsed.data.paths].reverse()) {
    if (isListablePath(entry, platform)) paths = withRecentFile(paths, entry, platform);
  }
  return paths;
}

export function serializeRecentFiles(paths: readonly string[]): string {
  return `${JSON.stringify({ version: STORE_VERSION, paths }, null, 2)}\n`;
}

export interface RecentFilesOptions {
  /** Where the list lives: join(app.getPath('userData'), RECENT_FILES_FILE_NAME). */
  filePath: string;
  platform: NodeJS.Platform;
  /** The list changed: rebuild the menu. */
  onChange(paths: readonly string[]): void;
  /** macOS: tell the OS too (Dock menu, Finder's recent items). */
  onAdd?(filePath: string): void;
  onClear?(): void;
}

export interface RecentFiles {
  /** Newest first. */
  list(): readonly string[];
  /** Settles once the stored list is read (it is read once, when the store is created). */
  readonly loaded: Promise<void>;
  /** A file was opened or saved. Paths that are not listable are ignored. */
  add(filePath: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The Open Recent list. Every change runs after the stored list is read and after the previous
 * change is written, so the file always ends up holding the last list shown in the menu.
 */
export function createRecentFiles(options: RecentFilesOptions): RecentFiles {
  const { filePath, platform } = options;
  let paths: readonly string[] = [];
  let queue: Promise<void> = Promise.resolve();

  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function change(next: readonly string[]): Promise<void> {
    paths = next;
    options.onChange(paths);
    try {
      await writeFileAtomic(filePath, serializeRecentFiles(paths));
    } catch {
      // The list is a convenience: when it cannot be written (disk full, read-only profile) it
      // still holds for this session, and a dialog about it would only get in the way.
    }
  }

  const loaded = enqueue(async () => {
    let text: string | null = null;
    try {
      text = await readStateFile(filePath, MAX_RECENT_FILE_BYTES);
    } catch {
      // Unreadable, a folder, oversized, not UTF-8: start empty; the next change rewrites it.
    }
    paths = text === null ? [] : parseRecentFiles(text, platform);
    options.onChange(paths);
  });

  return {
    list: () => paths,
    loaded,
    add: (added) =>
      enqueue(async () => {
        if (!isListablePath(added, platform)) return;
        options.onAdd?.(added);
        await change(withRecentFile(paths, added, platform));
      }),
    remove: (removed) =>
      enqueue(async () => {
        const key = sameFileKey(removed, platform);
        const next = paths.filter((p) => sameFileKey(p, platform) !== key);
        if (next.length !== paths.length) await change(next);
      }),
    clear: () =>
      enqueue(async () => {
        options.onClear?.();
        await change([]);
      }),
  };
}

/** True when nothing is at `filePath` any more (moved, renamed, deleted, drive unplugged). */
async function isMissing(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return false;
  } catch (error) {
    const code = fileErrorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

export function missingRecentFileMessage(filePath: string, platform: NodeJS.Platform): string {
  const paths = pathsFor(platform);
  return (
    `"${paths.basename(filePath)}" is no longer in ${paths.dirname(filePath)}: it may have been ` +
    'moved, renamed or deleted. It has been removed from Open Recent.'
  );
}

export interface OpenRecentDependencies {
  recent: RecentFiles;
  platform: NodeJS.Platform;
  /** The opener File > Open… and a double-click use: bounded read, then the renderer. */
  openPath(filePath: string): Promise<void>;
  showError(message: string): void;
}

/**
 * File > Open Recent > <file>. The path came from disk, so it is checked again here; a file that
 * is gone is taken off the list with a plain message; anything else is opened exactly like a
 * double-clicked file (whose reader refuses what is not a readable workshop file of sane size).
 */
export async function openRecentFile(
  filePath: string,
  dependencies: OpenRecentDependencies,
): Promise<void> {
  if (!isListablePath(filePath, dependencies.platform)) {
    await dependencies.recent.remove(filePath);
    return;
  }
  if (await isMissing(filePath)) {
    await dependencies.recent.remove(filePath);
    dependencies.showError(missingRecentFileMessage(filePath, dependencies.platform));
    return;
  }
  await dependencies.openPath(filePath);
}
