/**
 * The browser's "Back up all workshops" file (issue 14): every workshop of the library, each as the
 * `.scalepath` file it would export as, in one JSON file. Restoring reads each workshop with the
 * workshop file's own reader (shared/file/format.ts), so a backup is refused or read exactly as its
 * files would be. A broken, hostile or foreign backup file is refused in words.
 */
import { z } from 'zod';
import { MAX_FILE_BYTES } from './precheck.ts';
import { parseWorkshopFile } from './format.ts';
import type { ReadWorkshopFile } from './format.ts';

export const BACKUP_FORMAT = 'scalepath-backup';
export const BACKUP_FILE_EXTENSION = 'scalepath-backup';
export const MAX_BACKUP_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_BACKUP_WORKSHOPS = 500;

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  backupVersion: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  workshops: z.array(z.string().max(MAX_FILE_BYTES)).max(MAX_BACKUP_WORKSHOPS),
});

/** One file holding each workshop's file text. */
export function serializeBackup(workshopFiles: readonly string[], exportedAt: string): string {
  return `${JSON.stringify({
    format: BACKUP_FORMAT,
    backupVersion: 1,
    exportedAt,
    workshops: workshopFiles,
  })}\n`;
}

export interface BackedUpWorkshop {
  /** The workshop's own file text, for the import flow. */
  text: string;
  read: ReadWorkshopFile;
}

export type ParseBackupResult =
  | { ok: true; exportedAt: string; workshops: BackedUpWorkshop[]; refused: string[] }
  | { ok: false; message: string };

const NOT_A_BACKUP =
  'This file is not a Scalepath backup. Choose a file that “Back up all workshops” saved (it ends in .scalepath-backup); a single workshop’s .scalepath file goes through “Import a workshop file…”.';

/** Reads a backup file: its workshops, each read as its own file; those refused are said why. */
export function parseBackup(text: string): ParseBackupResult {
  if (text.length > MAX_BACKUP_FILE_BYTES) {
    return { ok: false, message: 'This backup is larger than 200 MB, more than Scalepath reads.' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `${NOT_A_BACKUP} This one is not JSON, or is cut short.` };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: NOT_A_BACKUP };
  const workshops: BackedUpWorkshop[] = [];
  const refused: string[] = [];
  parsed.data.workshops.forEach((file, i) => {
    const read = parseWorkshopFile(file);
    if (read.ok) workshops.push({ text: file, read });
    else refused.push(`Workshop ${i + 1} of the backup: ${read.error.message}`);
  });
  return { ok: true, exportedAt: parsed.data.exportedAt, workshops, refused };
}
