/**
 * Reads a `.scalepath` file's text into a workshop, or a refusal: a large file in a worker
 * (parse.worker.ts), a small one at once on the page, where a worker's start would cost more than
 * it saves. Where no worker can start, the page reads it: slower, never wrong.
 */
import { parseWorkshopFile } from '../../../shared/file/format.ts';
import type { ParseWorkshopFileResult } from '../../../shared/file/format.ts';

export interface ParseRequest {
  id: number;
  text: string;
}

export interface ParseResponse {
  id: number;
  result: ParseWorkshopFileResult;
}

/** From this many characters a file is read in the worker (about a 700-candidate workshop). */
export const WORKER_FROM_CHARS = 1_000_000;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { text: string; resolve: (r: ParseWorkshopFileResult) => void }>();

function startWorker(): Worker {
  const w = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data.result);
  });
  w.addEventListener('error', (event) => {
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = null;
    // The files it had are read on the page instead.
    for (const waiting of pending.values()) waiting.resolve(parseWorkshopFile(waiting.text));
    pending.clear();
  });
  return w;
}

export function parseWorkshopFileOffThread(text: string): Promise<ParseWorkshopFileResult> {
  if (text.length < WORKER_FROM_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(parseWorkshopFile(text));
  }
  worker ??= startWorker();
  const id = nextId;
  nextId += 1;
  const target = worker;
  return new Promise((resolve) => {
    pending.set(id, { text, resolve });
    target.postMessage({ id, text } satisfies ParseRequest);
  });
}
