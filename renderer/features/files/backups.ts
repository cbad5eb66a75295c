/**
 * Backups on the renderer's side (issue 14). On the desktop (platform.backups), automatic: every
 * write that lands marks its workshops changed; the scheduler (state/backups.ts) sends their files
 * to main at most every five minutes, and at once when main asks at quit. A backup that fails is
 * said in the file banner and tried again with the next one; the work itself is saved. In the
 * browser (platform.backupFile), "Back up all workshops" saves one file, and a reminder comes when
 * the last one is over a day old and workshops changed since.
 */
import { platform } from '../../platform/index.ts';
import { createBackupScheduler, needsBackupReminder } from '../../state/backups.ts';
import { afterPendingWrites, onWritten } from '../../state/perform.ts';
import { getRepository } from '../../db/repository.ts';
import { parseBackup, serializeBackup } from '../../../shared/file/backup.ts';
import type { ParseBackupResult } from '../../../shared/file/backup.ts';
import { useSessionStore } from '../../state/store.ts';
import { workshopFileText } from './files.ts';

/** Starts the automatic backups where the platform keeps them; returns a stop function. */
export function startAutomaticBackups(): () => void {
  const backups = platform.backups;
  if (backups === undefined) return () => undefined;
  const scheduler = createBackupScheduler(
    async (workshopIds) => {
      await afterPendingWrites();
      const files = await Promise.all(workshopIds.map((id) => workshopFileText(id)));
      const items = files.flatMap((file, i) =>
        file === null ? [] : [{ ...file, workshopId: workshopIds[i] as string }],
      );
      try {
        await backups.write(items);
      } catch (error) {
        useSessionStore
          .getState()
          .setFileError(
            `The automatic backup was not written: ${error instanceof Error ? error.message : String(error)} Your work is saved; the next backup tries again.`,
          );
        throw error;
      }
    },
    {
      now: () => Date.now(),
      later: (run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      },
    },
  );
  const stopWrites = onWritten((ids) => scheduler.changed(ids));
  const stopQuit = backups.onBackupNow(() => void scheduler.flush());
  return () => {
    stopWrites();
    stopQuit();
  };
}

const LAST_BACKUP_KEY = 'scalepath.last-backup-at';
const UNBACKED_SINCE_KEY = 'scalepath.unbacked-since';

/** A preference of this browser profile, like the remembered spreadsheet mappings: never data. */
function readTime(key: string): number | null {
  const value = Number(localStorage.getItem(key));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Remembers the first change since the last backup, for the reminder (browser only). */
export function startBackupReminderClock(): () => void {
  if (platform.backupFile === undefined) return () => undefined;
  return onWritten(() => {
    if (readTime(UNBACKED_SINCE_KEY) === null) {
      localStorage.setItem(UNBACKED_SINCE_KEY, String(Date.now()));
    }
  });
}

/** Whether to remind (browser): see needsBackupReminder. */
export function isBackupDue(): boolean {
  if (platform.backupFile === undefined) return false;
  return needsBackupReminder(readTime(LAST_BACKUP_KEY), readTime(UNBACKED_SINCE_KEY), Date.now());
}

/** "Back up all workshops" (browser): one file holding every workshop; true when saved. */
export async function backUpAllWorkshops(): Promise<boolean> {
  const backupFile = platform.backupFile;
  if (backupFile === undefined) return false;
  await afterPendingWrites();
  const summaries = await getRepository().listWorkshops();
  const files = await Promise.all(summaries.map((s) => workshopFileText(s.workshop.id)));
  const now = new Date();
  const text = serializeBackup(
    files.flatMap((f) => (f === null ? [] : [f.text])),
    now.toISOString(),
  );
  const isSaved = await backupFile.save(`Scalepath backup ${now.toISOString().slice(0, 10)}`, text);
  if (isSaved) {
    localStorage.setItem(LAST_BACKUP_KEY, String(now.getTime()));
    localStorage.removeItem(UNBACKED_SINCE_KEY);
    useSessionStore.getState().showNotice({
      message: `Backed up ${files.length} ${files.length === 1 ? 'workshop' : 'workshops'}.`,
    });
  }
  return isSaved;
}

/** Asks for a backup file (browser) and reads it; null on cancel. */
export async function chooseBackupFile(): Promise<ParseBackupResult | null> {
  try {
    const file = await platform.backupFile?.open();
    return file ? parseBackup(file.text) : null;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
