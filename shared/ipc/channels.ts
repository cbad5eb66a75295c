/**
 * IPC channel names, in a file without zod so the sandboxed preload can import it
 * and stay small (the bundler inlines it; a sandboxed preload can only `require('electron')`).
 */
export const IpcChannel = {
  /** invoke, no arguments -> OpenedWorkshopFile | null */
  openWorkshopFile: 'scalepath:open-workshop-file',
  /** invoke, SaveWorkshopFileRequest -> boolean */
  saveWorkshopFile: 'scalepath:save-workshop-file',
  /** invoke, SavePdfRequest -> boolean */
  savePdf: 'scalepath:save-pdf',
  /** invoke, SaveCsvRequest -> boolean */
  saveCsv: 'scalepath:save-csv',
  /** invoke, no arguments -> string */
  appVersion: 'scalepath:app-version',
  /**
   * invoke, OpenAudienceWindowRequest -> boolean: opens the read-only audience window on the
   * external display (true), or, with one display, puts the app window in full screen (false).
   */
  openAudienceWindow: 'scalepath:open-audience-window',
  /** invoke, BackupWorkshopsRequest -> boolean: the changed workshops' files, kept by main. */
  backupWorkshops: 'scalepath:backup-workshops',
  /** invoke, no arguments -> OpenedWorkshopFile | null: a backup chosen in the backups folder. */
  listBackups: 'scalepath:list-backups',
  readBackup: 'scalepath:read-backup',
  /** main -> renderer, no arguments: send the last backups now, the app is quitting. */
  backupNow: 'scalepath:backup-now',
  /** main -> renderer, OpenedWorkshopFile (double-click, argv, macOS open-file, File > Open…) */
  fileOpened: 'scalepath:file-opened',
  /**
   * renderer -> main, no arguments: the renderer now listens for `fileOpened`.
   * Files opened at launch arrive before React has subscribed, so main holds them until this.
   */
  fileOpenedListening: 'scalepath:file-opened-listening',
  /**
   * main -> renderer, MenuCommand: a menu entry that is one of the renderer's actions
   * (renderer/app/actions.ts): the menu, the keyboard and the buttons dispatch the same action.
   */
  menuCommand: 'scalepath:menu-command',
} as const;

/**
 * What the application menu asks the page to do: the names of renderer actions. Menu entries
 * that only main can do (Open…, Open Recent, About, zoom, full screen, Quit) are not here.
 */
export const MENU_COMMANDS = [
  'new-workshop',
  'import-file',
  'export-workshop',
  'export-deck',
  'close-workshop',
  'undo',
  'redo',
  'show-candidates',
  'show-matrix',
  'show-roadmap',
  'show-portfolio',
  'show-sensitivity',
  'show-governance',
  'show-scale',
  'show-room',
  'show-deck',
  'show-settings',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((c) => c === value);
}

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

/**
 * Electron wraps an error thrown in a main-process handler as
 * "Error invoking remote method 'channel': Error: <message>". The user should read only <message>.
 */
export function plainErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(REMOTE_ERROR_PREFIX, '');
}
