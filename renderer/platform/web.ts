import { MAX_FILE_BYTES } from '../../shared/file/precheck.ts';
import { PDF_FILE_EXTENSION, WORKSHOP_FILE_EXTENSION } from '../../shared/ipc/contract.ts';
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

/** The browser implementation: file inputs to open, downloads to save. */
export function createWebPlatform(appVersion: string): Platform {
  return {
    kind: 'web',
    async openWorkshopFile(): Promise<OpenedFile | null> {
      const file = await pickFile('.scalepath,application/json');
      if (!file) return null;
      // Refuse before reading: a huge file would otherwise be pulled into memory whole.
      if (file.size > MAX_FILE_BYTES) {
        const mb = (n: number) => Math.round(n / (1024 * 1024));
        throw new Error(
          `“${file.name}” is ${mb(file.size)} MB; a Scalepath workshop file is at most ${mb(MAX_FILE_BYTES)} MB. Check that you picked the right file.`,
        );
      }
      return { name: file.name, text: await file.text() };
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
    onFileOpened: () => () => undefined,
    onCommand: () => () => undefined,
    appVersion: async () => appVersion,
  };
}
