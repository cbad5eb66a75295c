/**
 * The scenario grid (shared/sensitivity/grid.ts) in a worker (grid.worker.ts): 19,683 rankings
 * take about 100 ms for 200 candidates and grow with the workshop, which the page must not wait
 * for. Where no worker can start, the page computes it: slower, never wrong.
 */
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import type { Scorable } from '../../../shared/sensitivity/crossing.ts';
import type { GridResult } from '../../../shared/sensitivity/grid.ts';
import { runGrid } from '../../../shared/sensitivity/grid.ts';

export interface GridRequest {
  id: number;
  candidates: Scorable[];
  settings: WorkshopSettings;
  topN: number;
}

export interface GridResponse {
  id: number;
  result: GridResult;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { request: GridRequest; resolve: (r: GridResult) => void }>();

function runHere(request: GridRequest): GridResult {
  return runGrid(request.candidates, request.settings, request.topN);
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
    w.terminate();
    if (worker === w) worker = null;
    for (const waiting of pending.values()) waiting.resolve(runHere(waiting.request));
    pending.clear();
  });
  return w;
}

/** The grid of these candidates under these settings, computed off the page. */
export function gridOffThread(
  candidates: readonly Scorable[],
  settings: WorkshopSettings,
  topN: number,
): Promise<GridResult> {
  // Only what the grid reads crosses to the worker.
  const request: GridRequest = {
    id: nextId,
    candidates: candidates.map(({ id, title, valueScores, feasibilityScores }) => ({
      id,
      title,
      valueScores,
      feasibilityScores,
    })),
    settings,
    topN,
  };
  nextId += 1;
  if (typeof Worker === 'undefined') return Promise.resolve(runHere(request));
  worker ??= startWorker();
  const target = worker;
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve });
    target.postMessage(request);
  });
}
