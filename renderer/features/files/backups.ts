/**
 * The automatic backups, on the renderer's side (issue 14; desktop only, see platform.backups):
 * every write that lands marks its workshops changed; the scheduler (state/backups.ts) sends their
 * files to main at most every five minutes, and at once when main asks at quit. A backup that
 * fails is said in the file banner and tried again with the next one; the work itself is saved.
 */
import { platform } from '../../platform/index.ts';
import { createBackupScheduler } from '../../state/backups.ts';
import { afterPendingWrites, onWritten } from '../../state/perform.ts';
import { useSessionStore } from '../../state/store.ts';
import { importWorkshopFile, workshopFileText } from './files.ts';

/** Starts the automatic backups where the platform keeps them; returns a stop function. */
export function startAutomaticBackups(): () => void {
  const backups = platform.backups;
  if (backups === undefined) return () => undefined;
  const scheduler = createBackupScheduler(
    async (workshopIds) => {
      await afterPendingWrites();
      const files = await Promise.all(workshopIds.map((id) => workshopFileText(id)));
      const items = files.flatMap((file, i) =>
        file === null ? [] : [{ workshopId: workshopIds[i] as string, text: file.text }],
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

/** "Restore from a backup…": a kept backup, chosen, goes through the import (merge-or-copy) flow. */
export async function restoreFromBackup(): Promise<void> {
  const file = await platform.backups?.restore();
  if (file) await importWorkshopFile(file);
}
