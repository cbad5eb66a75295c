/**
 * The scenario grid (shared/sensitivity/grid.ts) off the page, in two workers (grid.worker.ts),
 * each ranking half of the scenarios, the first drawing up the tornado too; the halves are merged (`mergeGrids`: the result does not
 * depend on how the grid is cut). 19,683 rankings take about 150 ms for 200 candidates on one
 * core and grow with the workshop, which the page must not wait for. Where no worker can start,
 * the page computes it: slower, never wrong.
 */
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import type { Scorable } from '../../../shared/sensitivity/crossing.ts';
import type { GridResult } from '../../../shared/sensitivity/grid.ts';
import { gridOrder, mergeGrids, runGrid } from '../../../shared/sensitivity/grid.ts';
import type { TornadoBar } from '../../../shared/sensitivity/robustness.ts';
import { tornado } from '../../../shared/sensitivity/robustness.ts';

export interface GridRequest {
  id: number;
  candidates: Scorable[];
  settings: WorkshopSettings;
  topN: number;
  /** The scenarios this worker ranks (indices of the grid). */
  indices: Int32Array;
  /** This worker also draws up the tornado (one of them does: it costs a fraction of a second at thousands of candidates). */
  withTornado: boolean;
}

export interface GridResponse {
  id: number;
  result: GridResult;
  bars: TornadoBar[] | null;
}

/** The grid and the tornado, both computed off the page. */
export interface OffThreadSensitivity {
  grid: GridResult;
  bars: TornadoBar[];
}

const WORKERS = 2;

let workers: Worker[] | null = null;
let nextId = 1;
const pending = new Map<number, { request: GridRequest; resolve: (r: GridResponse) => void }>();

/** What a worker answers, computed here (where no worker runs). */
export function answer(request: GridRequest): GridResponse {
  const { id, candidates, settings, topN, indices, withTornado } = request;
  return {
    id,
    result: runGrid(candidates, settings, topN, indices),
    bars: withTornado ? tornado(candidates, settings) : null,
  };
}

function startWorker(): Worker {
  const w = new Worker(new URL('./grid.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<GridResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  });
  w.addEventListener('error', (event) => {
    event.preventDefault();
    for (const x of workers ?? []) x.terminate();
    workers = null;
    for (const waiting of pending.values()) waiting.resolve(answer(waiting.request));
    pending.clear();
  });
  return w;
}

/**
 * The grid and the tornado of these candidates under these settings, computed off the page. A
 * call made while an earlier one is still computing stops it: the earlier promise never settles.
 */
export async function gridOffThread(
  candidates: readonly Scorable[],
  settings: WorkshopSettings,
  topN: number,
): Promise<OffThreadSensitivity> {
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
    const indices = order.slice(k * half, (k + 1) * half);
    return { id, candidates: sent, settings, topN, indices, withTornado: k === 0 };
  });
  // Only the latest question matters: workers still busy with an older one are stopped (its
  // answer would be for settings no longer on screen) and started afresh.
  if (pending.size > 0 && workers !== null) {
    for (const w of workers) w.terminate();
    workers = null;
    pending.clear();
  }
  const joined = (parts: GridResponse[]): OffThreadSensitivity => ({
    grid: parts.map((p) => p.result).reduce(mergeGrids),
    bars: parts[0]?.bars ?? [],
  });
  if (typeof Worker === 'undefined') return joined(requests.map(answer));
  workers ??= Array.from({ length: WORKERS }, startWorker);
  const targets = workers;
  const parts = await Promise.all(
    requests.map(
      (request, k) =>
        new Promise<GridResponse>((resolve) => {
          pending.set(request.id, { request, resolve });
          targets[k]?.postMessage(request);
        }),
    ),
  );
  return joined(parts);
}
