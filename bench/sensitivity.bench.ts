/**
 * Sensitivity benchmark (issue 15): `npx jiti bench/sensitivity.bench.ts`.
 *
 * - sensitivity.grid_200_ms: the full 19,683-scenario grid of 200 scored candidates, as the app
 *   runs it: in two workers, half of the scenarios each, merged (Node worker threads here,
 *   running the same shared function the app's grid.worker.ts calls, bundled as Vite bundles
 *   that worker), timed from posting the candidates to the merged answer, the clones both ways
 *   included (median of 7, after one warm-up). Goal: ≤ 150 ms. The same grid in one worker is
 *   printed beside it.
 * - sensitivity.close_calls_2000_ms: the close calls of a 2,000-candidate workshop (the ranking,
 *   then each neighbour pair of the top 10 against each criterion), on the main thread
 *   (median of 21). Goal: ≤ 50 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { Worker } from 'node:worker_threads';
import { DEFAULT_SETTINGS } from '../shared/records/workshop.ts';
import type { Score } from '../shared/records/candidate.ts';
import type { Scorable } from '../shared/sensitivity/crossing.ts';
import type { GridResult } from '../shared/sensitivity/grid.ts';
import { GRID_SIZE, gridOrder, mergeGrids } from '../shared/sensitivity/grid.ts';
import { closeCalls } from '../shared/sensitivity/robustness.ts';
import { prng, randomScores } from '../test/fixtures/random.ts';
import { goalVerdict, median, recordResults, roundMs, timeMedian } from './results.ts';

const GRID_GOAL_MS = 150;
const CLOSE_CALLS_GOAL_MS = 50;
const GRID_PATH = fileURLToPath(new URL('../shared/sensitivity/grid.ts', import.meta.url));

function candidates(count: number, seed: number): Scorable[] {
  const random = prng(seed);
  const score = () => (1 + Math.floor(random() * 5)) as Score;
  // Read back as the app reads records: one shape, from JSON.
  return JSON.parse(
    JSON.stringify(
      Array.from({ length: count }, (_, i) => ({
        id: `c${String(i).padStart(5, '0')}`,
        title: `Candidate ${i}`,
        ...randomScores(score),
      })),
    ),
  ) as Scorable[];
}

/**
 * A worker thread running the shared grid bundled into one module, as Vite bundles the app's
 * grid.worker.ts (one scope: calls between shared modules are direct, as in the app; through
 * jiti each call would go through a module namespace).
 */
async function gridWorkers(count: number): Promise<{ workers: Worker[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'scalepath-grid-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: GRID_PATH, formats: ['es'], fileName: () => 'grid.mjs' },
      outDir: dir,
      emptyOutDir: true,
    },
  });
  const entry = join(dir, 'worker.mjs');
  writeFileSync(
    entry,
    `import { parentPort } from 'node:worker_threads';
import { runGrid } from './grid.mjs';
parentPort.on('message', (m) =>
  parentPort.postMessage(runGrid(m.candidates, m.settings, m.topN, m.indices)),
);
parentPort.postMessage('ready');
`,
  );
  const workers = Array.from({ length: count }, () => new Worker(entry));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  return { workers, dir };
}

function ask(worker: Worker, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(message);
  });
}

/** The grid as the app asks for it: each worker ranks its share of the scenarios, then merged. */
async function timeGrid(workers: Worker[], request: object): Promise<number> {
  const order = gridOrder();
  const part = Math.ceil(order.length / workers.length);
  const once = async () => {
    const parts = await Promise.all(
      workers.map((w, k) => ask(w, { ...request, indices: order.slice(k * part, (k + 1) * part) })),
    );
    return (parts as GridResult[]).reduce(mergeGrids);
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main(): Promise<void> {
  const { workers, dir } = await gridWorkers(2);
  const request = { candidates: candidates(200, 15), settings: DEFAULT_SETTINGS, topN: 10 };
  const grid = await timeGrid(workers, request);
  const oneWorker = await timeGrid(workers.slice(0, 1), request);
  await Promise.all(workers.map((w) => w.terminate()));
  rmSync(dir, { recursive: true, force: true });

  const many = candidates(2_000, 16);
  const calls = timeMedian(() => closeCalls(many, DEFAULT_SETTINGS, 10), 21, 5);

  console.log(
    `Sensitivity (Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}, 2 cores)`,
  );
  console.log(
    `  sensitivity.grid_200_ms          ${grid.toFixed(1)} ms for ${GRID_SIZE.toLocaleString('en')} scenarios in two workers  (${goalVerdict(grid, GRID_GOAL_MS)})`,
  );
  console.log(`  (the same grid in one worker: ${oneWorker.toFixed(1)} ms)`);
  console.log(
    `  sensitivity.close_calls_2000_ms  ${calls.toFixed(1)} ms  (${goalVerdict(calls, CLOSE_CALLS_GOAL_MS)})`,
  );
  recordResults({
    'sensitivity.grid_200_ms': roundMs(grid),
    'sensitivity.close_calls_2000_ms': roundMs(calls),
  });
  console.log('\nWritten to bench/results.json.');
}

void main();
