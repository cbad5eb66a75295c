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
      return file ? { name: file.name, text: await file.text() } : null;
    },
    async saveWorkshopFile(suggestedName, text) {
      download(suggestedName, new Blob([text], { type: 'application/json' }));
      return true;
    },
    async savePdf(suggestedName, bytes) {
      download(
        suggestedName,
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      );
      return true;
    },
    onFileOpened: () => () => undefined,
    appVersion: async () => appVersion,
  };
}
