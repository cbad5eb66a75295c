import { z } from 'zod';
import { idSchema } from '../records/base.ts';
import { formatMegabytes } from '../file/messages.ts';
import { MAX_FILE_BYTES, utf8ByteLength } from '../file/precheck.ts';
import type { MenuCommand } from './channels.ts';

/**
 * The typed IPC contract between the renderer (through the preload bridge) and the main process.
 * Main validates every payload it receives with these schemas, because a compromised or confused
 * renderer must not be able to make main write where it likes or allocate without bound.
 */

const MiB = 1024 * 1024;

/** Longest file name most file systems accept, in characters (NTFS counts UTF-16 code units). */
export const MAX_FILE_NAME_LENGTH = 255;
/** Longest file name ext4 and APFS accept, in UTF-8 bytes: what a suggested name must fit in. */
export const MAX_FILE_NAME_BYTES = 255;
/** Largest workshop file main reads from disk: the file format's own limit. */
export const MAX_WORKSHOP_FILE_BYTES = MAX_FILE_BYTES;
/**
 * Largest workshop text the renderer may ask main to save, in UTF-8 bytes as written: the limit
 * import reads, so nothing is saved that could not be opened again.
 */
export const MAX_WORKSHOP_TEXT_BYTES = MAX_FILE_BYTES;
/** Largest PDF deck the renderer may ask main to save. */
export const MAX_PDF_BYTES = 100 * MiB;

export const WORKSHOP_FILE_EXTENSION = 'scalepath';
export const PDF_FILE_EXTENSION = 'pdf';
export const CSV_FILE_EXTENSION = 'csv';

// Control characters are never part of a name a person typed; they hide tricks in dialogs and logs.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const PATH_SEPARATORS = /[/\\]/;
// Characters Windows refuses in file names; refusing them everywhere keeps a name portable.
const WINDOWS_RESERVED = /[<>:"|?*]/;

function fileNameSchema(what: string) {
  return z
    .string()
    .min(1, `${what} is empty`)
    .max(MAX_FILE_NAME_LENGTH, `${what} is longer than ${MAX_FILE_NAME_LENGTH} characters`)
    .refine((name) => !PATH_SEPARATORS.test(name), `${what} contains a / or \\`)
    .refine((name) => !CONTROL_CHARACTERS.test(name), `${what} contains control characters`)
    .refine((name) => name !== '.' && name !== '..', `${what} is not a file name`);
}

/** A name the renderer suggests for a save dialog: a bare, portable file name, never a path. */
export const suggestedFileNameSchema = fileNameSchema('the suggested file name')
  .refine(
    (name) => utf8ByteLength(name) <= MAX_FILE_NAME_BYTES,
    `the suggested file name is longer than ${MAX_FILE_NAME_BYTES} bytes`,
  )
  .refine(
    (name) => !WINDOWS_RESERVED.test(name),
    'the suggested file name contains one of < > : " | ? *',
  );

const WORKSHOP_TOO_LARGE = `the workshop is larger than ${formatMegabytes(MAX_WORKSHOP_TEXT_BYTES)} and cannot be saved`;

export const workshopTextSchema = z
  .string()
  // Cheap first: every character is at least one byte.
  .max(MAX_WORKSHOP_TEXT_BYTES, WORKSHOP_TOO_LARGE)
  .refine((text) => utf8ByteLength(text) <= MAX_WORKSHOP_TEXT_BYTES, WORKSHOP_TOO_LARGE);

export const pdfBytesSchema = z
  .instanceof(Uint8Array, { message: 'the PDF is not a byte array' })
  .refine(
    (bytes) => bytes.byteLength <= MAX_PDF_BYTES,
    `the PDF is larger than ${MAX_PDF_BYTES / MiB} MB and cannot be saved`,
  );

/** A workshop file read from disk, as main hands it to the renderer. */
export const openedWorkshopFileSchema = z.strictObject({
  // The OS chose this name, so it may hold characters we would not suggest, but never a path.
  name: fileNameSchema('the file name'),
  text: z
    .string()
    .max(
      MAX_WORKSHOP_FILE_BYTES,
      `the workshop file is larger than ${formatMegabytes(MAX_WORKSHOP_FILE_BYTES)}`,
    ),
});
export type OpenedWorkshopFile = z.infer<typeof openedWorkshopFileSchema>;

export const saveWorkshopFileRequestSchema = z.strictObject({
  suggestedName: suggestedFileNameSchema,
  text: workshopTextSchema,
});
export type SaveWorkshopFileRequest = z.infer<typeof saveWorkshopFileRequestSchema>;

/** The scored list as CSV text (shared/csv/export.ts): as large as a workshop file may be. */
export const saveCsvRequestSchema = z.strictObject({
  suggestedName: suggestedFileNameSchema,
  text: workshopTextSchema,
});
export type SaveCsvRequest = z.infer<typeof saveCsvRequestSchema>;

export const savePdfRequestSchema = z.strictObject({
  suggestedName: suggestedFileNameSchema,
  bytes: pdfBytesSchema,
});
export type SavePdfRequest = z.infer<typeof savePdfRequestSchema>;

/** A workshop's title as the restore list shows it (the record allows 200 characters). */
const backupTitleSchema = z.string().max(500, 'the workshop title is longer than 500 characters');
const candidateCountSchema = z.number().int().min(0).max(1_000_000);

/** A backup's file name as main writes it (backups.ts backupFileName): its UTC time. */
export const backupNameSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(\.\d{3})?Z\.scalepath$/,
    'the backup name is not one Scalepath wrote',
  );

/** One kept backup, as "Restore from a backup…" lists it; title and count null when unknown. */
export const backupEntrySchema = z.strictObject({
  workshopId: idSchema,
  name: backupNameSchema,
  time: z.iso.datetime(),
  title: backupTitleSchema.nullable(),
  candidateCount: candidateCountSchema.nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** Most backups the list answers with (20 a workshop plus 30 days, for many workshops). */
export const MAX_BACKUP_ENTRIES = 20_000;

export const readBackupRequestSchema = z.strictObject({
  workshopId: idSchema,
  name: backupNameSchema,
});
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;

/** Most workshops one backup call carries, and the most text in all: bounds what main accepts. */
export const MAX_BACKUPS_PER_CALL = 200;
export const MAX_BACKUP_CALL_BYTES = 200 * MiB;

/**
 * The workshops that changed, as files, for main to keep under its backups folder. The renderer
 * names no path: an id (letters, digits, - and _) is all main builds one from.
 */
export const backupWorkshopsRequestSchema = z.strictObject({
  backups: z
    // None at all is the answer to main's last call at quit when nothing changed.
    .array(
      z.strictObject({
        workshopId: idSchema,
        text: workshopTextSchema,
        title: backupTitleSchema,
        candidateCount: candidateCountSchema,
      }),
    )
    .max(MAX_BACKUPS_PER_CALL, `more than ${MAX_BACKUPS_PER_CALL} workshops at once`)
    .refine(
      (backups) => backups.reduce((n, b) => n + b.text.length, 0) <= MAX_BACKUP_CALL_BYTES,
      `the backups are larger than ${MAX_BACKUP_CALL_BYTES / MiB} MB together`,
    ),
});
export type BackupWorkshopsRequest = z.infer<typeof backupWorkshopsRequestSchema>;

/** What presentation mode shows, in the order the arrow keys go through them. */
export const PRESENT_VIEWS = ['matrix', 'roadmap', 'balance', 'votes', 'governance'] as const;
export type PresentView = (typeof PRESENT_VIEWS)[number];

export const openAudienceWindowRequestSchema = z.strictObject({
  workshopId: idSchema,
  view: z.enum(PRESENT_VIEWS),
});
export type OpenAudienceWindowRequest = z.infer<typeof openAudienceWindowRequestSchema>;

/** The argument list and the reply of one invoke channel. */
export interface InvokeSchemas<Args extends unknown[], Reply> {
  args: z.ZodType<Args>;
  reply: z.ZodType<Reply>;
}

/**
 * What each invoke channel accepts and answers. Argument lists are tuples, which reject extra
 * arguments, so a renderer cannot smuggle anything past the schema in a second parameter.
 */
export const ipcInvokeSchemas = {
  openWorkshopFile: { args: z.tuple([]), reply: openedWorkshopFileSchema.nullable() },
  saveWorkshopFile: { args: z.tuple([saveWorkshopFileRequestSchema]), reply: z.boolean() },
  savePdf: { args: z.tuple([savePdfRequestSchema]), reply: z.boolean() },
  saveCsv: { args: z.tuple([saveCsvRequestSchema]), reply: z.boolean() },
  appVersion: { args: z.tuple([]), reply: z.string().min(1).max(64) },
  openAudienceWindow: { args: z.tuple([openAudienceWindowRequestSchema]), reply: z.boolean() },
  backupWorkshops: { args: z.tuple([backupWorkshopsRequestSchema]), reply: z.boolean() },
  listBackups: { args: z.tuple([]), reply: z.array(backupEntrySchema).max(MAX_BACKUP_ENTRIES) },
  readBackup: { args: z.tuple([readBackupRequestSchema]), reply: openedWorkshopFileSchema },
} as const satisfies Record<string, InvokeSchemas<unknown[], unknown>>;

/** main -> renderer on `IpcChannel.fileOpened`. */
export const fileOpenedSchema = openedWorkshopFileSchema;
/** renderer -> main on `IpcChannel.fileOpenedListening`: no arguments. */
export const fileOpenedListeningArgsSchema = z.tuple([]);

/**
 * Parses an IPC payload, or throws an Error whose message a person can read
 * ("Scalepath refused the request to save a PDF: the PDF is larger than 100 MB ...").
 */
export function parseIpcPayload<T>(schema: z.ZodType<T>, value: unknown, action: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const reason = issue === undefined ? 'the request is malformed' : issue.message;
  throw new Error(`Scalepath refused the request to ${action}: ${reason}.`);
}

/**
 * The API the preload exposes on `window.scalepath`. Only these named functions cross the
 * bridge; `ipcRenderer` itself never does.
 */
export interface ScalepathBridge {
  /** Shows an open dialog filtered to .scalepath; null when the user cancels. */
  openWorkshopFile(): Promise<OpenedWorkshopFile | null>;
  /** Shows a save dialog and writes atomically; false when the user cancels. */
  saveWorkshopFile(suggestedName: string, text: string): Promise<boolean>;
  /** Shows a save dialog and writes atomically; false when the user cancels. */
  savePdf(suggestedName: string, bytes: Uint8Array): Promise<boolean>;
  /** Shows a save dialog and writes the CSV atomically; false when the user cancels. */
  saveCsv(suggestedName: string, text: string): Promise<boolean>;
  /** Files the OS asks us to open (double-click, argv, macOS open-file, File > Open…). */
  onFileOpened(listener: (file: OpenedWorkshopFile) => void): () => void;
  /** Edit > Undo / Redo from the application menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  appVersion(): Promise<string>;
  /** Opens the read-only audience window on the external display; false: one display, full screen. */
  openAudienceWindow(workshopId: string, view: PresentView): Promise<boolean>;
  /** Keeps these workshops' files among the automatic backups (true when written). */
  backupWorkshops(backups: BackupWorkshopsRequest['backups']): Promise<boolean>;
  /** Every kept backup, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  /** One kept backup's file. */
  readBackup(workshopId: string, name: string): Promise<OpenedWorkshopFile>;
  /** Main asks for a last backup before it quits; returns an unsubscribe function. */
  onBackupNow(listener: () => void): () => void;
}
