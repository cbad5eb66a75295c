/**
 * Automatic backups (issue 14): every workshop that changed is written as a `.scalepath` file under
 * the app's user-data folder, `backups/<workshop id>/<time>.scalepath`, at most every five minutes
 * while edits happen and once more at quit (the renderer sends them; see backup-schedule.ts there).
 * Each workshop keeps its last 20 backups and, for the last 30 days, the newest of each day; the
 * rest are pruned. Every write is atomic, so a crash leaves the previous backup whole. The renderer
 * never names a path: it sends workshop ids (validated) and file texts; main builds the paths.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './files.ts';

export const KEEP_LATEST = 20;
export const KEEP_DAILY_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface WorkshopBackup {
  workshopId: string;
  /** The workshop as a `.scalepath` file. */
  text: string;
}

/** A backup's file name: its time, sortable, without the colons some file systems refuse. */
export function backupFileName(at: Date): string {
  return `${at.toISOString().replace(/:/g, '-')}.scalepath`;
}

/** The time a backup file name holds; null for a file that is not a backup. */
export function backupTime(name: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}(?:\.\d{3})?)Z\.scalepath$/.exec(name);
  if (match === null) return null;
  const time = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}

/**
 * Which backups of one workshop to keep at `now`: the latest KEEP_LATEST, and the newest of each
 * UTC day of the last KEEP_DAILY_DAYS days. Names that are not backups are never touched.
 */
export function backupsToKeep(names: readonly string[], now: Date): Set<string> {
  const dated = names
    .map((name) => ({ name, time: backupTime(name) }))
    .filter((b): b is { name: string; time: Date } => b.time !== null)
    .sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set(dated.slice(0, KEEP_LATEST).map((b) => b.name));
  const days = new Set<string>();
  for (const b of dated) {
    if (now.getTime() - b.time.getTime() > KEEP_DAILY_DAYS * DAY_MS) continue;
    const day = b.time.toISOString().slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    keep.add(b.name);
  }
  return keep;
}

/** Writes each workshop's backup (atomically), then prunes that workshop's older ones. */
export async function writeBackups(
  root: string,
  backups: readonly WorkshopBackup[],
  now: Date,
): Promise<void> {
  for (const backup of backups) {
    const folder = join(root, backup.workshopId);
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(join(folder, backupFileName(now)), backup.text);
    const names = await readdir(folder);
    const keep = backupsToKeep(names, now);
    await Promise.all(
      names
        .filter((name) => backupTime(name) !== null && !keep.has(name))
        .map((name) => rm(join(folder, name), { force: true })),
    );
  }
}

/** How long a quit waits for the page's last backup. */
export const QUIT_BACKUP_WAIT_MS = 3_000;

/** The wait for the last backup at quit: done once resolved, or after `waitMs` whatever happens. */
export function quitBackup(waitMs = QUIT_BACKUP_WAIT_MS): { done: Promise<void>; resolve(): void } {
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => {
    resolve = r;
    setTimeout(r, waitMs);
  });
  return { done, resolve: () => resolve() };
}
