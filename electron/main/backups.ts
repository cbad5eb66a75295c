/**
 * Automatic backups (issue 14): every workshop that changed is written as a `.scalepath` file under
 * the app's user-data folder, `backups/<workshop id>/<time>.scalepath`, at most every five minutes
 * while edits happen and once more at quit (the renderer sends them; see backup-schedule.ts there).
 * Each workshop keeps its last 20 backups and, for the last 30 days, the newest of each day; the
 * rest are pruned. Every write is atomic, so a crash leaves the previous backup whole. The renderer
 * never names a path: it sends workshop ids (validated) and file texts; main builds the paths.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry, OpenedWorkshopFile } from '../../shared/ipc/contract.ts';
import { readWorkshopFile, writeFileAtomic } from './files.ts';

export const KEEP_LATEST = 20;
export const KEEP_DAILY_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface WorkshopBackup {
  workshopId: string;
  /** The workshop as a `.scalepath` file. */
  text: string;
  /** What the restore list shows of it without reading the file: its title and candidates. */
  title: string;
  candidateCount: number;
}

/** Each folder's index of its backups (file name → title and candidates), beside the files. */
const INDEX_NAME = 'index.json';

type BackupIndex = Record<string, { title: string; candidateCount: number }>;

/** A folder's index; an empty one when it is missing or unreadable (the files are the truth). */
async function readIndex(folder: string): Promise<BackupIndex> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(folder, INDEX_NAME), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const index: BackupIndex = {};
    for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
      const entry = value as { title?: unknown; candidateCount?: unknown } | null;
      if (
        backupTime(name) !== null &&
        typeof entry?.title === 'string' &&
        Number.isSafeInteger(entry.candidateCount)
      ) {
        index[name] = { title: entry.title, candidateCount: entry.candidateCount as number };
      }
    }
    return index;
  } catch {
    return {};
  }
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
    const name = backupFileName(now);
    await writeFileAtomic(join(folder, name), backup.text);
    const names = await readdir(folder);
    const keep = backupsToKeep(names, now);
    await Promise.all(
      names
        .filter((n) => backupTime(n) !== null && !keep.has(n))
        .map((n) => rm(join(folder, n), { force: true })),
    );
    const index = await readIndex(folder);
    index[name] = { title: backup.title, candidateCount: backup.candidateCount };
    const kept = Object.fromEntries(Object.entries(index).filter(([n]) => keep.has(n)));
    await writeFileAtomic(join(folder, INDEX_NAME), JSON.stringify(kept));
  }
}

/**
 * Every backup kept, newest first, with the title and candidates its folder's index gives (a
 * backup missing from the index, say after a crash between the two writes, is listed with what
 * is known: its time; the restore reads the file itself). What "Restore from a backup…" lists.
 */
export async function listBackups(root: string): Promise<BackupEntry[]> {
  const folders = await readdir(root, { withFileTypes: true }).catch(() => []);
  const entries: BackupEntry[] = [];
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const path = join(root, folder.name);
    const index = await readIndex(path);
    for (const name of await readdir(path)) {
      const time = backupTime(name);
      if (time === null) continue;
      entries.push({
        workshopId: folder.name,
        name,
        time: time.toISOString(),
        title: index[name]?.title ?? null,
        candidateCount: index[name]?.candidateCount ?? null,
      });
    }
  }
  return entries.sort((a, b) => b.time.localeCompare(a.time) || a.name.localeCompare(b.name));
}

/** One kept backup's file; the names come validated (contract.ts), and main builds the path. */
export function readBackup(
  root: string,
  workshopId: string,
  name: string,
): Promise<OpenedWorkshopFile> {
  return readWorkshopFile(join(root, workshopId, name));
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
