import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { decodeFileBytes } from '../../shared/file/decode.ts';
import type { FileError } from '../../shared/file/messages.ts';
import { fileTooLargeError, NOTHING_CHANGED } from '../../shared/file/messages.ts';
import {
  MAX_WORKSHOP_FILE_BYTES,
  WORKSHOP_FILE_EXTENSION,
  type OpenedWorkshopFile,
} from '../../shared/ipc/contract.ts';

// Windows briefly locks a file a virus scanner or indexer is reading; a rename then fails with
// EPERM/EACCES/EBUSY although it succeeds a moment later.
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;

/** The Node.js error code (ENOENT, EACCES, ...) of a file-system error, if it has one. */
export function fileErrorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = fileErrorCode(error);
      const isRetryable =
        process.platform === 'win32' && code !== undefined && RENAME_RETRY_CODES.has(code);
      if (!isRetryable || attempt >= RENAME_ATTEMPTS) throw error;
      await delay(attempt * 50);
    }
  }
}

/** Makes the rename itself durable; not possible (nor needed) on Windows, so best effort. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // A crash now leaves either the old or the new file, both whole; nothing to report.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `data` to `path` so that, whatever happens (full disk, crash, power cut), the path holds
 * either the old file or the new one, never half of each: write a temp file in the same
 * directory (a rename is atomic only within one file system), fsync it, rename it over the
 * target. On failure the temp file is removed and the error rethrown.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const directory = dirname(path);
  // A short temp name: the target's own name may already be at the 255-character limit.
  const tempPath = join(directory, `.scalepath-${randomBytes(8).toString('hex')}.tmp`);
  // Keep the permissions of the file being replaced (e.g. a file shared with a group).
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o666,
  );
  let handle: FileHandle | undefined;
  try {
    handle = await open(tempPath, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tempPath, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

/** A file-system error in words a workshop facilitator understands. */
export function describeFileError(error: unknown): string {
  switch (fileErrorCode(error)) {
    case 'ENOENT':
      return 'the file or its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'Scalepath is not allowed to use this file or folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EBUSY':
      return 'another program is using the file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A refusal by the shared file rules (size, encoding), as the error the user reads. */
function refused(error: FileError): Error {
  return new Error(`${error.message} ${NOTHING_CHANGED}`);
}

/** True when the path ends in .scalepath (any letter case: Windows and macOS ignore case). */
export function hasWorkshopExtension(path: string): boolean {
  return extname(path).toLowerCase() === `.${WORKSHOP_FILE_EXTENSION}`;
}

/** Decodes UTF-8 strictly: a file with bytes that are not UTF-8 is refused, never patched. */
function decodeUtf8(bytes: Uint8Array, notText: () => Error): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw Object.assign(notText(), { cause: error });
  }
}

interface BoundedReadErrors {
  notAFile(): Error;
  tooLarge(bytes: number): Error;
}

/** Reads an open file whole, refusing a folder, and anything over `maxBytes` before reading it. */
async function readAtMost(
  handle: FileHandle,
  maxBytes: number,
  errors: BoundedReadErrors,
): Promise<Uint8Array> {
  const info = await handle.stat();
  if (!info.isFile()) throw errors.notAFile();
  if (info.size > maxBytes) throw errors.tooLarge(info.size);
  const bytes = await handle.readFile();
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw errors.tooLarge(bytes.byteLength);
  return bytes;
}

/**
 * Reads a .scalepath file and decodes it by the one rule every surface uses (shared/file/decode.ts:
 * exact UTF-8, or UTF-16 with a byte order mark; anything else refused), so the renderer only ever
 * receives exact text. Anything over 20 MB is refused before it is read, so a huge or hostile
 * file cannot exhaust memory. Errors carry messages meant for the user.
 */
export async function readWorkshopFile(path: string): Promise<OpenedWorkshopFile> {
  const name = basename(path);
  if (!hasWorkshopExtension(path)) {
    throw new Error(`"${name}" is not a Scalepath workshop file (.${WORKSHOP_FILE_EXTENSION}).`);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new Error(`Scalepath could not open "${name}": ${describeFileError(error)}.`, {
      cause: error,
    });
  }
  try {
    const bytes = await readAtMost(handle, MAX_WORKSHOP_FILE_BYTES, {
      notAFile: () => new Error(`"${name}" is not a file.`),
      tooLarge: (size) => refused(fileTooLargeError(size, name)),
    });
    const decoded = decodeFileBytes(bytes, name);
    if (!decoded.ok) throw refused(decoded.error);
    return { name, text: decoded.text };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads one of main's own small state files (the Open Recent list) as UTF-8 text, or null when
 * it does not exist. It is read like any file from disk: a folder, more than `maxBytes` or bytes
 * that are not UTF-8 are refused (thrown) before anything is parsed.
 */
export async function readStateFile(path: string, maxBytes: number): Promise<string | null> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (fileErrorCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const bytes = await readAtMost(handle, maxBytes, {
      notAFile: () => new Error(`${path} is not a file`),
      tooLarge: (size) => new Error(`${path} is ${size} bytes, more than ${maxBytes}`),
    });
    return decodeUtf8(bytes, () => new Error(`${path} is not UTF-8 text`));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Adds `.extension` when a save dialog (Linux, mostly) hands back a path without it. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension.toLowerCase()}`
    ? path
    : `${path}.${extension}`;
}
