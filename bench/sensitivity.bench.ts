/**
 * Sensitivity benchmark (issue 15): `npx jiti bench/sensitivity.bench.ts`.
 *
 * - sensitivity.grid_200_ms: the full 19,683-scenario grid of 200 scored candidates, as the app
 *   runs it: in a worker (a Node worker thread here, running the same shared function the app's
 *   grid.worker.ts calls, bundled as Vite bundles that worker), timed from posting the
 *   candidates to the answer arriving, the clone both ways included (median of 7, after one
 *   warm-up). Goal: ≤ 150 ms.
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
import { GRID_SIZE } from '../shared/sensitivity/grid.ts';
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
async function gridWorker(): Promise<{ worker: Worker; dir: string }> {
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
parentPort.on('message', (m) => parentPort.postMessage(runGrid(m.candidates, m.settings, m.topN)));
parentPort.postMessage('ready');
`,
  );
  return { worker: new Worker(entry), dir };
}

function ask(worker: Worker, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(message);
  });
}

async function main(): Promise<void> {
  const { worker, dir } = await gridWorker();
  await new Promise((resolve) => worker.once('message', resolve));
  const request = { candidates: candidates(200, 15), settings: DEFAULT_SETTINGS, topN: 10 };
  await ask(worker, request);
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    await ask(worker, request);
    times.push(performance.now() - start);
  }
  await worker.terminate();
  rmSync(dir, { recursive: true, force: true });
  const grid = median(times);

  const many = candidates(2_000, 16);
  const calls = timeMedian(() => closeCalls(many, DEFAULT_SETTINGS, 10), 21, 5);

  console.log(
    `Sensitivity (Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}, 2 cores)`,
  );
  console.log(
    `  sensitivity.grid_200_ms          ${grid.toFixed(1)} ms for ${GRID_SIZE.toLocaleString('en')} scenarios in a worker  (${goalVerdict(grid, GRID_GOAL_MS)})`,
  );
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
