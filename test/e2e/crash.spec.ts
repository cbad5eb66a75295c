import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { crashTrial } from './crash-trial.ts';

/** A few trials here; `npm run soak` runs 50. */
const TRIALS = [2_500, 4_000, 6_000];

test('every Chromium process killed with SIGKILL in the middle of edits: every edit on screen for a second is stored, and the library opens', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  for (const [trial, killAfterMs] of TRIALS.entries()) {
    const profile = mkdtempSync(join(tmpdir(), 'scalepath-crash-'));
    try {
      const result = await crashTrial(profile, baseURL ?? '', trial + 1, killAfterMs);
      expect(result.isUnreadable, `trial ${trial + 1}: the library opens`).toBe(false);
      expect(result.confirmed.length, `trial ${trial + 1}: edits were confirmed`).toBeGreaterThan(
        0,
      );
      expect(result.lost, `trial ${trial + 1}: edits lost`).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  }
});
