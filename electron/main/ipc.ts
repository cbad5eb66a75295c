import { app, ipcMain } from 'electron';
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { IpcChannel } from '../../shared/ipc/channels.ts';
import {
  CSV_FILE_EXTENSION,
  PDF_FILE_EXTENSION,
  WORKSHOP_FILE_EXTENSION,
  fileOpenedListeningArgsSchema,
  ipcInvokeSchemas,
  parseIpcPayload,
} from '../../shared/ipc/contract.ts';
import type { InvokeSchemas, OpenAudienceWindowRequest } from '../../shared/ipc/contract.ts';
import { listBackups, readBackup, writeBackups } from './backups.ts';
import { chooseWorkshopFile, saveWithDialog } from './dialogs.ts';
import { readWorkshopFile } from './files.ts';
import { isTrustedUrl } from './trusted-url.ts';

export const FOREIGN_SENDER_MESSAGE =
  'Scalepath refused a request that did not come from its own window.';

/**
 * True only for messages from the top frame of the app window, showing a page of the app's own
 * origin. Anything else (another window, an iframe, a page that navigated away) is foreign.
 */
export function isTrustedSender(
  event: IpcMainEvent | IpcMainInvokeEvent,
  appWebContents: WebContents | undefined,
): boolean {
  const frame = event.senderFrame;
  return (
    appWebContents !== undefined &&
    event.sender === appWebContents &&
    frame !== null &&
    frame.parent === null &&
    isTrustedUrl(frame.url)
  );
}

export interface IpcDependencies {
  getAppWindow(): BrowserWindow | null;
  /** The preload of the app window is ready to receive `fileOpened`. */
  onRendererListening(): void;
  /** A workshop file was written where the user chose: File > Open Recent keeps it. */
  onWorkshopSaved?(path: string): void;
  /** Where the automatic backups are kept (backups.ts); none: backups are refused. */
  backupsFolder?(): string;
  /** A backup call was written: the quit that waits for the last one may go on. */
  onBackupsWritten?(): void;
  /** Opens the audience window (audience.ts); true when it is on an external display. */
  openAudienceWindow?(
    appWindow: BrowserWindow | null,
    request: OpenAudienceWindowRequest,
  ): Promise<boolean>;
}

async function noAudience(): Promise<boolean> {
  return false;
}

/**
 * Registers every main-process IPC handler. Each one checks the sender, then validates the
 * payload with the shared contract; a refusal reaches the renderer as a rejected promise whose
 * message a person can read.
 */
export function registerIpcHandlers(dependencies: IpcDependencies): void {
  function handle<Args extends unknown[], Reply>(
    channel: string,
    schemas: InvokeSchemas<Args, Reply>,
    action: string,
    run: (window: BrowserWindow | null, args: Args) => Promise<Reply>,
  ): void {
    ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
      const window = dependencies.getAppWindow();
      if (!isTrustedSender(event, window?.webContents)) throw new Error(FOREIGN_SENDER_MESSAGE);
      const args = parseIpcPayload(schemas.args, rawArgs, action);
      const reply = await run(window, args);
      // Main keeps its side of the contract too: a reply the renderer cannot trust is a bug here.
      return parseIpcPayload(schemas.reply, reply, action);
    });
  }

  handle(
    IpcChannel.openAudienceWindow,
    ipcInvokeSchemas.openAudienceWindow,
    'open the audience window',
    async (window, [request]) => (dependencies.openAudienceWindow ?? noAudience)(window, request),
  );

  handle(
    IpcChannel.openWorkshopFile,
    ipcInvokeSchemas.openWorkshopFile,
    'open a workshop file',
    async (window) => {
      const path = await chooseWorkshopFile(window);
      return path === null ? null : readWorkshopFile(path);
    },
  );

  handle(
    IpcChannel.saveWorkshopFile,
    ipcInvokeSchemas.saveWorkshopFile,
    'save the workshop',
    async (window, [request]) => {
      const path = await saveWithDialog(window, {
        title: 'Save workshop',
        suggestedName: request.suggestedName,
        extension: WORKSHOP_FILE_EXTENSION,
        filterName: 'Scalepath workshop',
        data: request.text,
      });
      if (path !== null) dependencies.onWorkshopSaved?.(path);
      return path !== null;
    },
  );

  handle(
    IpcChannel.savePdf,
    ipcInvokeSchemas.savePdf,
    'save the PDF',
    async (window, [request]) =>
      (await saveWithDialog(window, {
        title: 'Save PDF',
        suggestedName: request.suggestedName,
        extension: PDF_FILE_EXTENSION,
        filterName: 'PDF document',
        data: request.bytes,
      })) !== null,
  );

  handle(
    IpcChannel.saveCsv,
    ipcInvokeSchemas.saveCsv,
    'save the CSV file',
    async (window, [request]) =>
      (await saveWithDialog(window, {
        title: 'Export CSV',
        suggestedName: request.suggestedName,
        extension: CSV_FILE_EXTENSION,
        filterName: 'CSV (spreadsheet)',
        data: request.text,
      })) !== null,
  );

  handle(
    IpcChannel.backupWorkshops,
    ipcInvokeSchemas.backupWorkshops,
    'back up the workshops',
    async (_window, [request]) => {
      const folder = dependencies.backupsFolder?.();
      if (folder === undefined) return false;
      await writeBackups(folder, request.backups, new Date());
      dependencies.onBackupsWritten?.();
      return true;
    },
  );

  handle(IpcChannel.listBackups, ipcInvokeSchemas.listBackups, 'list the backups', async () => {
    const folder = dependencies.backupsFolder?.();
    return folder === undefined ? [] : listBackups(folder);
  });

  handle(
    IpcChannel.readBackup,
    ipcInvokeSchemas.readBackup,
    'read a backup',
    async (_window, [request]) => {
      const folder = dependencies.backupsFolder?.();
      if (folder === undefined) throw new Error('This Scalepath keeps no backups.');
      return readBackup(folder, request.workshopId, request.name);
    },
  );

  handle(IpcChannel.appVersion, ipcInvokeSchemas.appVersion, 'read the app version', async () =>
    app.getVersion(),
  );

  ipcMain.on(IpcChannel.fileOpenedListening, (event, ...rawArgs: unknown[]) => {
    // A one-way message has nobody to reject to: foreign or malformed ones are dropped.
    if (!isTrustedSender(event, dependencies.getAppWindow()?.webContents)) return;
    if (!fileOpenedListeningArgsSchema.safeParse(rawArgs).success) return;
    dependencies.onRendererListening();
  });
}
