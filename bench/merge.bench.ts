/**
 * Merge benchmark (issue 8): `npx jiti bench/merge.bench.ts`.
 *
 * Two copies of one 5,000-candidate workshop: laptop A and laptop B each edit 10% of the
 * candidates (a score, a title or a placement), and 1% are changed on both to different values
 * (conflicts). The copies are made with the app's own write path (shared/domain/apply.ts), so
 * their versions are what the app would store.
 * - merge.pure_5000_ms: planMerge + resolveMerge of B's file into A, in Node (median of 7).
 *   Goal: under 150 ms.
 * - merge.apply_5000_ms: writing that merge through the app's repository in one IndexedDB
 *   transaction, in headless Chromium on an on-disk profile (median of 3, each into a fresh
 *   database). Goal: under 1 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { patchChange } from '../shared/domain/change.ts';
import { createDocument } from '../shared/domain/workshop-edits.ts';
import {
  blankCandidateFields,
  createCandidate,
  createWorkshop,
} from '../shared/domain/factories.ts';
import type { RecordEnv } from '../shared/domain/factories.ts';
import { serializeWorkshopFile } from '../shared/file/format.ts';
import { planMerge, resolveMerge } from '../shared/merge/merge.ts';
import type { Score } from '../shared/records/candidate.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.ts';
import { MemoryReplica } from '../test/fixtures/replicas.ts';
import { prng, randomScores } from '../test/fixtures/random.ts';
import { median, recordResults, roundMs } from './results.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CANDIDATES = 5_000;
const PURE_GOAL_MS = 150;
const APPLY_GOAL_MS = 1_000;
const PORT = 4175;

/** A's and B's files: one workshop, forked, 10% edited on each side, 1% on both. */
function forkedCopies(): { here: string; file: string } {
  const random = prng(8);
  const score = () => (1 + Math.floor(random() * 5)) as Score;
  let n = 0;
  const env: RecordEnv = {
    newId: () => `m${String((n += 1)).padStart(5, '0')}`,
    now: () => '2026-11-01T09:00:00.000Z',
  };
  const doc = createWorkshop(
    { title: 'Bench: 5,000 candidates', organisation: '', facilitator: '', date: '' },
    env,
  );
  const candidates = Array.from({ length: CANDIDATES }, (_, i) =>
    createCandidate(
      doc.workshop.id,
      { ...blankCandidateFields(), title: `Candidate ${i}`, ...randomScores(score) },
      env,
    ),
  );
  const a = new MemoryReplica('rbenchlaptopa0000');
  const b = new MemoryReplica('rbenchlaptopb0000');
  a.apply(createDocument({ ...doc, candidates }));
  b.importNew(a.replicaDocument(doc.workshop.id));
  const edit = (laptop: MemoryReplica, id: string, k: number, value: number) => {
    const change =
      k % 3 === 0
        ? patchChange('candidates', { id, set: { title: `Edited ${id} ${value}` } })
        : k % 3 === 1
          ? patchChange('candidates', {
              id,
              set: { valueScores: { riskMitigation: ((value % 5) + 1) as Score } },
            })
          : patchChange('candidates', {
              id,
              set: { placement: { x: value % 101, y: (value * 7) % 101 } },
            });
    laptop.apply(change);
  };
  const tenth = CANDIDATES / 10;
  const hundredth = CANDIDATES / 100;
  // The first 1% of A's edits are titles, so that B's other titles for them are sure conflicts.
  candidates.slice(0, tenth).forEach((c, k) => edit(a, c.id, k < hundredth ? 0 : k, k));
  candidates.slice(tenth, 2 * tenth).forEach((c, k) => edit(b, c.id, k, k + 1));
  // Changed on both sides to different values: the conflicts.
  candidates.slice(0, hundredth).forEach((c, k) => edit(b, c.id, 0, k + 2));
  const meta = (id: string) => ({
    appVersion: 'bench',
    exportedAt: '2026-11-02T09:00:00.000Z',
    replica: { id, name: id },
  });
  return {
    here: serializeWorkshopFile(a.replicaDocument(doc.workshop.id), meta(a.id)),
    file: serializeWorkshopFile(b.replicaDocument(doc.workshop.id), meta(b.id)),
  };
}

async function main(): Promise<void> {
  console.log(`Forking a workshop of ${CANDIDATES} candidates onto two laptops…`);
  const { here, file } = forkedCopies();
  const { parseWorkshopFile } = await import('../shared/file/format.ts');
  const hereDoc = parseWorkshopFile(here);
  const fileDoc = parseWorkshopFile(file);
  if (!hereDoc.ok || !fileDoc.ok) throw new Error('a bench file was refused');

  const pure: number[] = [];
  let conflicts = 0;
  let writes = 0;
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const plan = planMerge(hereDoc, fileDoc);
    writes = resolveMerge(plan).writes.length;
    pure.push(performance.now() - start);
    conflicts = plan.conflicts.length;
  }

  console.log('Building the benchmark page…');
  const outDir = mkdtempSync(join(tmpdir(), 'scalepath-merge-bench-'));
  const root = join(ROOT, 'bench/merge-page');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome120' },
  });
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
  });
  const profile = mkdtempSync(join(tmpdir(), 'scalepath-merge-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const apply: number[] = [];
  let mergedTitles = 0;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => 'runMergeBench' in window);
    for (let run = 0; run < 3; run++) {
      const result = await page.evaluate(
        ([h, f, r]) =>
          (
            window as unknown as {
              runMergeBench: (
                h: string,
                f: string,
                r: number,
              ) => Promise<{ applyMs: number; mergedTitles: number }>;
            }
          ).runMergeBench(h, f, r),
        [here, file, run] as const,
      );
      apply.push(result.applyMs);
      mergedTitles = result.mergedTitles;
    }
  } finally {
    await context.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }

  const figures = {
    'merge.pure_5000_ms': roundMs(median(pure)),
    'merge.apply_5000_ms': roundMs(median(apply)),
  };
  console.log(
    `  ${writes} records written by the merge, ${conflicts} conflicting records listed; ${mergedTitles} candidates after it.`,
  );
  console.log(
    `  merge.pure_5000_ms  ${figures['merge.pure_5000_ms']} (goal < ${PURE_GOAL_MS}; ratio ${(figures['merge.pure_5000_ms'] / PURE_GOAL_MS).toFixed(2)})`,
  );
  console.log(
    `  merge.apply_5000_ms ${figures['merge.apply_5000_ms']} (goal < ${APPLY_GOAL_MS}; ratio ${(figures['merge.apply_5000_ms'] / APPLY_GOAL_MS).toFixed(2)})`,
  );
  console.log(`  Machine load average while measuring: ${loadavg()[0]?.toFixed(1)} (2 cores).`);
  recordResults(figures);
  console.log('\nWritten to bench/results.json.');
}

await main();
