/**
 * The deck worker: builds the PDF off the main thread, so that a 200-candidate deck (a second or
 * more of work) never freezes the screen. The fonts are fetched once, from the app's own assets
 * (the CSP allows connect-src 'self'; nothing leaves the machine), and kept for later builds.
 */
import { buildDeck } from '../../../shared/deck/build.ts';
import type { DeckFonts } from '../../../shared/deck/fonts.ts';
import type { DeckFontUrls, DeckRequest, DeckResponse } from './protocol.ts';

let fonts: Promise<DeckFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the deck font could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts(urls: DeckFontUrls): Promise<DeckFonts> {
  fonts ??= Promise.all([
    fetchBytes(urls.regular),
    fetchBytes(urls.bold),
    Promise.all(urls.fallbacks.map(fetchBytes)),
    fetchBytes(urls.subsetWasm),
  ]).then(([regular, bold, fallbacks, subsetWasm]) => ({ regular, bold, fallbacks, subsetWasm }));
  // A failed load is not kept: the next build tries again.
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

function reply(response: DeckResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, { transfer });
}

self.addEventListener('message', (event: MessageEvent<DeckRequest>) => {
  const { id, doc, sections, createdAt, snapshotId } = event.data;
  loadFonts(event.data.fonts)
    .then((loaded) => {
      const deck = buildDeck(doc, {
        sections,
        createdAt,
        fonts: loaded,
        ...(snapshotId === null ? {} : { snapshotId }),
      });
      reply({ id, ok: true, ...deck }, [deck.bytes.buffer]);
    })
    .catch((error: unknown) => {
      reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    });
});
