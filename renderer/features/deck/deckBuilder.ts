/**
 * The Deck screen's side of the deck worker: one worker per screen, requests matched to replies
 * by id. A worker that dies (out of memory, a bug) fails what was pending and is replaced on the
 * next build.
 */
import subsetWasmUrl from 'harfbuzzjs/hb-subset.wasm?url';
import boldFontUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';
import regularFontUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import cjkFontUrl from '../../../assets/fonts/DroidSansFallbackFull.ttf?url';
import koreanFontUrl from '../../../assets/fonts/NanumGothic.ttf?url';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { DeckSectionPages } from '../../../shared/deck/build.ts';
import type { DeckRequest, DeckResponse } from './protocol.ts';

export interface DeckBuild {
  bytes: Uint8Array;
  pageCount: number;
  sections: DeckSectionPages[];
}

export interface DeckBuilder {
  build(
    doc: WorkshopDocument,
    sections: readonly string[],
    createdAt: Date,
    snapshotId?: string | null,
  ): Promise<DeckBuild>;
  dispose(): void;
}

interface Pending {
  resolve(build: DeckBuild): void;
  reject(error: Error): void;
}

/** Font URLs made absolute: the worker resolves relative URLs against its own script. */
function fontUrls(): DeckRequest['fonts'] {
  return {
    regular: new URL(regularFontUrl, document.baseURI).href,
    bold: new URL(boldFontUrl, document.baseURI).href,
    fallbacks: [cjkFontUrl, koreanFontUrl].map((url) => new URL(url, document.baseURI).href),
    subsetWasm: new URL(subsetWasmUrl, document.baseURI).href,
  };
}

/** Starts (lazily) a deck worker for one screen. */
export function createDeckBuilder(): DeckBuilder {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string): void => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(new URL('./deck.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<DeckResponse>) => {
      const response = event.data;
      const p = pending.get(response.id);
      if (p === undefined) return;
      pending.delete(response.id);
      if (response.ok) {
        p.resolve({
          bytes: response.bytes,
          pageCount: response.pageCount,
          sections: response.sections,
        });
      } else {
        p.reject(new Error(response.message));
      }
    });
    w.addEventListener('error', (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      failAll(event.message || 'the deck builder stopped unexpectedly');
    });
    return w;
  };

  return {
    build(doc, sections, createdAt, snapshotId = null) {
      worker ??= start();
      const id = nextId;
      nextId += 1;
      const request: DeckRequest = {
        id,
        doc,
        sections: [...sections],
        createdAt: createdAt.toISOString(),
        snapshotId,
        fonts: fontUrls(),
      };
      const target = worker;
      return new Promise<DeckBuild>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      failAll('the Deck screen was closed');
    },
  };
}
