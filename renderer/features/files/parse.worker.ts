/**
 * The file-reading worker: a large `.scalepath` file is checked, parsed and validated here, off
 * the main thread, so that a 10,000-candidate import never freezes the screen (half a second of
 * work in one task on the page). The same pure function as on the page (shared/file/format.ts).
 */
import { parseWorkshopFile } from '../../../shared/file/format.ts';
import type { ParseRequest, ParseResponse } from './parseOffThread.ts';
import { splitParsed } from './parseParts.ts';

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, text } = event.data;
  // The long lists go first, a part a message (parseParts.ts), then the rest of the result.
  const { rest, parts } = splitParsed(parseWorkshopFile(text));
  for (const part of parts) self.postMessage({ id, part } satisfies ParseResponse);
  self.postMessage({ id, result: rest } satisfies ParseResponse);
});
