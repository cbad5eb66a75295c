/**
 * The sensitivity worker: its part of the 19,683-scenario grid of a workshop, off the main
 * thread, with the same pure function the deck and the tests use (shared/sensitivity/grid.ts).
 */
import { runGrid } from '../../../shared/sensitivity/grid.ts';
import type { GridRequest, GridResponse } from './gridOffThread.ts';

self.addEventListener('message', (event: MessageEvent<GridRequest>) => {
  const { id, candidates, settings, topN, indices } = event.data;
  const response: GridResponse = { id, result: runGrid(candidates, settings, topN, indices) };
  self.postMessage(response);
});
