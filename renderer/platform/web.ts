import { checkFileSize, decodeFileBytes } from '../../shared/file/decode.ts';
import type { DecodeFileResult } from '../../shared/file/decode.ts';
import { BACKUP_FILE_EXTENSION, MAX_BACKUP_FILE_BYTES } from '../../shared/file/backup.ts';
import { NOTHING_CHANGED } from '../../shared/file/messages.ts';
import {
  CSV_FILE_EXTENSION,
  PDF_FILE_EXTENSION,
  WORKSHOP_FILE_EXTENSION,
} from '../../shared/ipc/contract.ts';
import { toSafeFileName } from '../../shared/ipc/file-names.ts';
import type { OpenedFile, Platform } from './platform.ts';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** What the browser's file input hands over; the File type, narrowed to what is read. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * `decodeFileBytes`, with the browser's native decoder first: strict UTF-8 (fatal, which refuses
 * overlong forms, surrogates and anything past U+10FFFF) without a NUL reads the same text, ten
 * times faster on a 10,000-candidate file. Anything else goes to the rule itself, for its words.
 */
export function decodeFileBytesFast(bytes: Uint8Array, name?: string): DecodeFileResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\u0000')) return { ok: true, text };
  } catch {
    // Not strict UTF-8: the rule says which way, or reads UTF-16.
  }
  return decodeFileBytes(bytes, name);
}

/**
 * Reads a picked file as bytes and decodes it by the one rule every surface uses (exact UTF-8,
 * or UTF-16 with a byte order mark): `File.text()` would quietly turn a Latin-1 "é" into U+FFFD.
 * Refuses (throws, in plain words) a file over the size limit before reading it.
 */
export async function readPickedFile(file: PickedFile): Promise<OpenedFile> {
  const tooLarge = checkFileSize(file.size, file.name);
  if (tooLarge !== null) throw new Error(`${tooLarge.message} ${NOTHING_CHANGED}`);
  const decoded = decodeFileBytesFast(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!decoded.ok) throw new Error(`${decoded.error.message} ${NOTHING_CHANGED}`);
  return { name: file.name, text: decoded.text };
}

/** The browser implementation: file inputs to open, downloads to save. */
export function createWebPlatform(appVersion: string): Platform {
  return {
    kind: 'web',
    async openWorkshopFile(): Promise<OpenedFile | null> {
      const file = await pickFile('.scalepath,application/json');
      return file ? readPickedFile(file) : null;
    },
    async saveWorkshopFile(suggestedName, text) {
      download(
        toSafeFileName(suggestedName, WORKSHOP_FILE_EXTENSION),
        new Blob([text], { type: 'application/json' }),
      );
      return true;
    },
    async savePdf(suggestedName, bytes) {
      download(
        toSafeFileName(suggestedName, PDF_FILE_EXTENSION),
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      );
      return true;
    },
    async saveCsv(suggestedName, text) {
      download(
        toSafeFileName(suggestedName, CSV_FILE_EXTENSION),
        new Blob([text], { type: 'text/csv;charset=utf-8' }),
      );
      return true;
    },
    backupFile: {
      async save(suggestedName, text) {
        download(
          toSafeFileName(suggestedName, BACKUP_FILE_EXTENSION),
          new Blob([text], { type: 'application/json' }),
        );
        return true;
      },
      async open() {
        const file = await pickFile(`.${BACKUP_FILE_EXTENSION},application/json`);
        if (file === null) return null;
        if (file.size > MAX_BACKUP_FILE_BYTES) {
          throw new Error(
            `“${file.name}” is larger than 200 MB, more than a Scalepath backup holds. ${NOTHING_CHANGED}`,
          );
        }
        const decoded = decodeFileBytesFast(new Uint8Array(await file.arrayBuffer()), file.name);
        if (!decoded.ok) throw new Error(`${decoded.error.message} ${NOTHING_CHANGED}`);
        return { name: file.name, text: decoded.text };
      },
    },
    onFileOpened: () => () => undefined,
    onCommand: () => () => undefined,
    appVersion: async () => appVersion,
  };
}
