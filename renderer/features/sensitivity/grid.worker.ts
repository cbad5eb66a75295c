/**
 * The sensitivity worker: its part of the 19,683-scenario grid of a workshop (and maybe the
 * tornado), off the main thread, with the same pure functions the deck and the tests use.
 */
import { answer } from './gridOffThread.ts';
import type { GridRequest } from './gridOffThread.ts';

self.addEventListener('message', (event: MessageEvent<GridRequest>) => {
  self.postMessage(answer(event.data));
});
