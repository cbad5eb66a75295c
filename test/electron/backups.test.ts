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
  quitBackup,
  writeBackups,
} from '../../electron/main/backups.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-12-01T18:00:00.000Z');

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

    await writeBackups(dir, [{ workshopId: 'w1', text: '{"new":true}' }], NOW);
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
    await writeBackups(dir, [{ workshopId: 'w1', text: 'first' }], new Date(NOW.getTime() - HOUR));
    // The workshop's folder is a file now: nothing can be written into it.
    await rm(join(dir, 'w2'), { recursive: true, force: true });
    await writeFile(join(dir, 'w2'), 'in the way');
    await expect(writeBackups(dir, [{ workshopId: 'w2', text: 'second' }], NOW)).rejects.toThrow();
    const [first] = await readdir(join(dir, 'w1'));
    expect(await readFile(join(dir, 'w1', first ?? ''), 'utf8')).toBe('first');
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
