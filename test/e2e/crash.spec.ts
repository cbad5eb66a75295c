import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { crashTrial, EDIT_KINDS, importCrashTrial } from './crash-trial.ts';
import type { EditKind } from './crash-trial.ts';
import { largeWorkshopFile } from '../fixtures/large-workshop.ts';

/** A few trials here, killed early, mid-way and late in the burst; `npm run soak` runs 50. */
const TRIALS = [2_500, 6_000, 16_000];

test('every Chromium process killed with SIGKILL in the middle of edits: every edit on screen for a second is stored, and the library opens', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const kinds = Object.fromEntries(EDIT_KINDS.map((k) => [k, 0])) as Record<EditKind, number>;
  for (const [trial, killAfterMs] of TRIALS.entries()) {
    const profile = mkdtempSync(join(tmpdir(), 'scalepath-crash-'));
    try {
      const result = await crashTrial(profile, baseURL ?? '', trial + 1, killAfterMs);
      expect(result.isUnreadable, `trial ${trial + 1}: the library opens`).toBe(false);
      expect(result.confirmed.length, `trial ${trial + 1}: edits were confirmed`).toBeGreaterThan(
        0,
      );
      expect(result.lost, `trial ${trial + 1}: edits lost`).toEqual([]);
      for (const kind of EDIT_KINDS) kinds[kind] += result.confirmedKinds[kind];
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  }
  // The trials went through every kind of edit: form, matrix, roadmap and settings.
  expect(Object.entries(kinds).filter(([, n]) => n === 0)).toEqual([]);
});

test('every Chromium process killed in the middle of a 10,000-candidate import: afterwards it is all there or not there at all', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'scalepath-crash-import-'));
  const path = join(dir, 'large.scalepath');
  writeFileSync(path, largeWorkshopFile(10_000));
  const outcomes: number[] = [];
  try {
    // Early (reading the file) and late (writing it): each must be all or nothing.
    for (const killAfterMs of [1_200, 2_600]) {
      const profile = join(dir, `profile-${killAfterMs}`);
      const result = await importCrashTrial(profile, baseURL ?? '', path, killAfterMs);
      expect(result.isUnreadable).toBe(false);
      expect([0, 10_000]).toContain(result.stored);
      outcomes.push(result.stored);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
  console.log(`import killed: candidates stored afterwards ${outcomes.join(', ')}`);
});
