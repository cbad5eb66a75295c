/**
 * Messages between the Deck screen and the deck worker. The workshop document travels by
 * structured clone; the PDF's bytes come back as a transferred buffer (no copy).
 */
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { DeckSectionPages } from '../../../shared/deck/build.ts';

export interface DeckFontUrls {
  regular: string;
  bold: string;
  /** What DejaVu lacks, in order: Droid Sans Fallback (Chinese, Japanese), Nanum Gothic (Korean). */
  fallbacks: string[];
  /** HarfBuzz's subsetter (harfbuzzjs's hb-subset.wasm). */
  subsetWasm: string;
}

export interface DeckRequest {
  id: number;
  doc: WorkshopDocument;
  sections: string[];
  /** ISO 8601 date-time: the PDF's creation date. */
  createdAt: string;
  /** The snapshot "Changes since" compares with; null: the latest. */
  snapshotId: string | null;
  fonts: DeckFontUrls;
}

export type DeckResponse =
  | {
      id: number;
      ok: true;
      bytes: Uint8Array;
      pageCount: number;
      sections: DeckSectionPages[];
    }
  | { id: number; ok: false; message: string };
