import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupFileName,
  backupsToKeep,
  backupTime,
  KEEP_DAILY_DAYS,
  KEEP_LATEST,
  listBackups,
  quitBackup,
  readBackup,
  writeBackups,
} from '../../electron/main/backups.ts';
import type { WorkshopBackup } from '../../electron/main/backups.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-12-01T18:00:00.000Z');

/** A backup of `workshopId` whose file is `text`, titled and counted for the restore list. */
const backup = (workshopId: string, text: string, candidateCount = 3): WorkshopBackup => ({
  workshopId,
  text,
  title: `Workshop ${workshopId}`,
  candidateCount,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scalepath-backups-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('backup names', () => {
  it('hold the time, sortable, without colons, and read back', () => {
    const name = backupFileName(NOW);
    expect(name).toBe('2026-12-01T18-00-00.000Z.scalepath');
    expect(backupTime(name)).toEqual(NOW);
    for (const other of [
      'notes.txt',
      'x.scalepath',
      '.scalepath-1a2b.tmp',
      '2026-13-45T99-00-00Z.scalepath',
    ]) {
      expect(backupTime(other), other).toBeNull();
    }
  });
});

describe('pruning', () => {
  it(`keeps the last ${KEEP_LATEST}, and the newest of each day for ${KEEP_DAILY_DAYS} days`, () => {
    // Every six hours for 40 days: 160 backups, four a day.
    const names = Array.from({ length: 160 }, (_, i) =>
      backupFileName(new Date(NOW.getTime() - i * 6 * HOUR)),
    );
    const keep = backupsToKeep([...names, 'notes.txt'], NOW);
    // The last 20 (five days' worth) ...
    for (const name of names.slice(0, KEEP_LATEST)) expect(keep.has(name), name).toBe(true);
    // ... then one a day, the newest of its day, back to 30 days ago, and nothing older.
    const older = [...keep].filter((n) => !names.slice(0, KEEP_LATEST).includes(n));
    const days = older.map((n) => n.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    for (const name of older) {
      const time = backupTime(name) ?? new Date(0);
      expect(NOW.getTime() - time.getTime()).toBeLessThanOrEqual(KEEP_DAILY_DAYS * DAY);
      expect(time.getUTCHours(), name).toBe(18);
    }
    expect(keep.size).toBe(KEEP_LATEST + (KEEP_DAILY_DAYS + 1 - 5));
    expect(keep.has('notes.txt')).toBe(false);
  });

  it('writes a backup whole, then prunes only that workshop’s old backups, and nothing else in the folder', async () => {
    const folder = join(dir, 'w1');
    await mkdir(folder, { recursive: true });
    const old = Array.from({ length: 25 }, (_, i) =>
      backupFileName(new Date(NOW.getTime() - (i + 1) * HOUR)),
    );
    for (const name of old) await writeFile(join(folder, name), 'old');
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await mkdir(join(dir, 'w2'));
    await writeFile(join(dir, 'w2', old[24] ?? ''), 'other workshop');

    await writeBackups(dir, [backup('w1', '{"new":true}')], NOW);
    const left = (await readdir(folder)).sort();
    expect(await readFile(join(folder, backupFileName(NOW)), 'utf8')).toBe('{"new":true}');
    expect(left).toContain('notes.txt');
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The new one, the 19 newest old ones and the newest of today's and yesterday's older ones.
    expect(left.filter((n) => backupTime(n) !== null)).toHaveLength(
      backupsToKeep([...old, backupFileName(NOW)], NOW).size,
    );
    expect(await readdir(join(dir, 'w2'))).toEqual([old[24]]);
  });

  it('a backup that cannot be written leaves the ones before it as they were', async () => {
    await writeBackups(dir, [backup('w1', 'first')], new Date(NOW.getTime() - HOUR));
    // The workshop's folder is a file now: nothing can be written into it.
    await rm(join(dir, 'w2'), { recursive: true, force: true });
    await writeFile(join(dir, 'w2'), 'in the way');
    await expect(writeBackups(dir, [backup('w2', 'second')], NOW)).rejects.toThrow();
    const [first] = await readdir(join(dir, 'w1'));
    expect(await readFile(join(dir, 'w1', first ?? ''), 'utf8')).toBe('first');
  });
});

describe('the restore listing', () => {
  it('lists every backup of every workshop, newest first, with its title and candidates then', async () => {
    await writeBackups(dir, [backup('w1', 'a', 3)], new Date(NOW.getTime() - 2 * HOUR));
    await writeBackups(dir, [backup('w2', 'b', 7)], new Date(NOW.getTime() - HOUR));
    await writeBackups(dir, [backup('w1', 'c', 4)], NOW);
    await writeFile(join(dir, 'w1', 'notes.txt'), 'x');
    await writeFile(join(dir, 'stray.txt'), 'not a folder');
    const list = await listBackups(dir);
    expect(list.map((b) => [b.workshopId, b.time, b.title, b.candidateCount])).toEqual([
      ['w1', NOW.toISOString(), 'Workshop w1', 4],
      ['w2', new Date(NOW.getTime() - HOUR).toISOString(), 'Workshop w2', 7],
      ['w1', new Date(NOW.getTime() - 2 * HOUR).toISOString(), 'Workshop w1', 3],
    ]);
    expect(await listBackups(join(dir, 'none yet'))).toEqual([]);
  });

  it('reads a listed backup back; one missing from the index is still listed, by its time', async () => {
    await writeBackups(dir, [backup('w1', 'the file')], NOW);
    const earlier = backupFileName(new Date(NOW.getTime() - HOUR));
    // As if a crash came between the backup's write and its index's.
    await writeFile(join(dir, 'w1', earlier), 'written, not indexed');
    const [newest, older] = await listBackups(dir);
    expect(older).toMatchObject({ name: earlier, title: null, candidateCount: null });
    expect(await readBackup(dir, 'w1', newest?.name ?? '')).toEqual({
      name: backupFileName(NOW),
      text: 'the file',
    });
    await expect(readBackup(dir, 'w1', backupFileName(new Date(0)))).rejects.toThrow(
      /could not open/,
    );
  });

  it('forgets the pruned backups in its index, and survives a broken index', async () => {
    for (let i = KEEP_LATEST + 2; i >= 0; i -= 1) {
      await writeBackups(dir, [backup('w1', `v${i}`)], new Date(NOW.getTime() - i * 60_000));
    }
    const index = JSON.parse(await readFile(join(dir, 'w1', 'index.json'), 'utf8')) as object;
    expect(Object.keys(index).sort()).toEqual(
      (await readdir(join(dir, 'w1'))).filter((n) => backupTime(n) !== null).sort(),
    );
    await writeFile(join(dir, 'w1', 'index.json'), '{broken');
    const list = await listBackups(dir);
    expect(list).toHaveLength(KEEP_LATEST);
    expect(list.every((b) => b.title === null)).toBe(true);
  });
});

describe('the last backup at quit', () => {
  it('is waited for until it is written, or three seconds at most', async () => {
    vi.useFakeTimers();
    const answered = quitBackup();
    let isDone = false;
    void answered.done.then(() => (isDone = true));
    answered.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone).toBe(true);

    const silent = quitBackup();
    let isSilentDone = false;
    void silent.done.then(() => (isSilentDone = true));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(isSilentDone).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isSilentDone).toBe(true);
  });
});
