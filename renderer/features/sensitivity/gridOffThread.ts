/**
 * The scenario grid (shared/sensitivity/grid.ts) off the page, in two workers (grid.worker.ts),
 * each ranking half of the scenarios; the halves are merged (`mergeGrids`: the result does not
 * depend on how the grid is cut). 19,683 rankings take about 150 ms for 200 candidates on one
 * core and grow with the workshop, which the page must not wait for. Where no worker can start,
 * the page computes it: slower, never wrong.
 */
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import type { Scorable } from '../../../shared/sensitivity/crossing.ts';
import type { GridResult } from '../../../shared/sensitivity/grid.ts';
import { gridOrder, mergeGrids, runGrid } from '../../../shared/sensitivity/grid.ts';

export interface GridRequest {
  id: number;
  candidates: Scorable[];
  settings: WorkshopSettings;
  topN: number;
  /** The scenarios this worker ranks (indices of the grid). */
  indices: Int32Array;
}

export interface GridResponse {
  id: number;
  result: GridResult;
}

const WORKERS = 2;

let workers: Worker[] | null = null;
let nextId = 1;
const pending = new Map<number, { request: GridRequest; resolve: (r: GridResult) => void }>();

function runHere(request: GridRequest): GridResult {
  return runGrid(request.candidates, request.settings, request.topN, request.indices);
}

function startWorker(): Worker {
  const w = new Worker(new URL('./grid.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<GridResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data.result);
  });
  w.addEventListener('error', (event) => {
    event.preventDefault();
    for (const x of workers ?? []) x.terminate();
    workers = null;
    for (const waiting of pending.values()) waiting.resolve(runHere(waiting.request));
    pending.clear();
  });
  return w;
}

/** The grid of these candidates under these settings, computed off the page. */
export async function gridOffThread(
  candidates: readonly Scorable[],
  settings: WorkshopSettings,
  topN: number,
): Promise<GridResult> {
  // Only what the grid reads crosses to the workers.
  const sent = candidates.map(({ id, title, valueScores, feasibilityScores }) => ({
    id,
    title,
    valueScores,
    feasibilityScores,
  }));
  const order = gridOrder();
  const half = Math.ceil(order.length / WORKERS);
  const requests = Array.from({ length: WORKERS }, (_, k): GridRequest => {
    const id = nextId;
    nextId += 1;
    return { id, candidates: sent, settings, topN, indices: order.slice(k * half, (k + 1) * half) };
  });
  if (typeof Worker === 'undefined') {
    return requests.map(runHere).reduce(mergeGrids);
  }
  workers ??= Array.from({ length: WORKERS }, startWorker);
  const targets = workers;
  const parts = await Promise.all(
    requests.map(
      (request, k) =>
        new Promise<GridResult>((resolve) => {
          pending.set(request.id, { request, resolve });
          targets[k]?.postMessage(request);
        }),
    ),
  );
  return parts.reduce(mergeGrids);
}
