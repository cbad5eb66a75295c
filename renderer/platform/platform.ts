import type { MenuCommand } from '../../shared/ipc/channels.ts';
import type { BackupEntry, PresentView } from '../../shared/ipc/contract.ts';

/**
 * The one interface the renderer uses to reach the outside world (files, the OS).
 * `desktop.ts` implements it over the preload bridge; `web.ts` with downloads and file inputs.
 * `index.ts` picks one at start-up.
 */
export interface OpenedFile {
  name: string;
  text: string;
}

export interface Platform {
  kind: 'desktop' | 'web';
  /** Asks the user for a `.scalepath` file; null when they cancel. */
  openWorkshopFile(): Promise<OpenedFile | null>;
  /**
   * Saves a workshop file; false when the user cancels. Throws when the write fails.
   * `suggestedName` may be a title: the platform makes it a safe file name with the extension.
   */
  saveWorkshopFile(suggestedName: string, text: string): Promise<boolean>;
  /** Saves a PDF deck; false when the user cancels. Throws when the write fails. */
  savePdf(suggestedName: string, bytes: Uint8Array): Promise<boolean>;
  /** Saves a CSV file (the scored list); false when the user cancels. Throws when the write fails. */
  saveCsv(suggestedName: string, text: string): Promise<boolean>;
  /** Files the OS asked us to open (double-click, argv); returns an unsubscribe function. */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /** Edit > Undo / Redo from the desktop menu (the browser has none); returns an unsubscribe. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  appVersion(): Promise<string>;
  /**
   * Opens the read-only audience window on the second display (desktop only: a page cannot open
   * windows); absent where there is none to open.
   */
  openAudienceWindow?(workshopId: string, view: PresentView): Promise<boolean>;
  /**
   * The automatic backups (desktop only: a page has no folder to keep them in): main keeps these
   * workshops' files; `onBackupNow` is main asking for a last one at quit; `list` gives every
   * kept backup and `read` one of them, which then goes through the import (merge-or-copy) flow.
   */
  /**
   * The browser's backups, one file holding every workshop (a page has no folder of its own to
   * keep automatic ones in): saved as a download, read back through a file input.
   */
  backupFile?: {
    save(suggestedName: string, text: string): Promise<boolean>;
    open(): Promise<OpenedFile | null>;
  };
  backups?: {
    write(
      backups: Array<{ workshopId: string; text: string; title: string; candidateCount: number }>,
    ): Promise<boolean>;
    onBackupNow(listener: () => void): () => void;
    list(): Promise<BackupEntry[]>;
    read(workshopId: string, name: string): Promise<OpenedFile>;
  };
}
