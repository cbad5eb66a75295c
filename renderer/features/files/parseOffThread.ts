/**
 * Reads a `.scalepath` file's text into a workshop, or a refusal: a large file in a worker
 * (parse.worker.ts), a small one at once on the page, where a worker's start would cost more than
 * it saves. Where no worker can start, the page reads it: slower, never wrong.
 */
import { parseWorkshopFile } from '../../../shared/file/format.ts';
import type { ParseWorkshopFileResult } from '../../../shared/file/format.ts';
import { joinParsed } from './parseParts.ts';
import type { ParsePart } from './parseParts.ts';

export interface ParseRequest {
  id: number;
  text: string;
}

/** A part of a large result (parseParts.ts), then the result itself, for request `id`. */
export type ParseResponse =
  { id: number; part: ParsePart } | { id: number; result: ParseWorkshopFileResult };

/** From this many characters a file is read in the worker (about a 700-candidate workshop). */
export const WORKER_FROM_CHARS = 1_000_000;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { text: string; parts: ParsePart[]; resolve: (r: ParseWorkshopFileResult) => void }
>();

function startWorker(): Worker {
  const w = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if ('part' in response) {
      waiting?.parts.push(response.part);
      return;
    }
    pending.delete(response.id);
    waiting?.resolve(joinParsed(response.result, waiting.parts));
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
    pending.set(id, { text, parts: [], resolve });
    target.postMessage({ id, text } satisfies ParseRequest);
  });
}
