/**
 * buildDeck: the PDF deck for leaders, from the workshop document alone (no DOM, no React, no
 * Dexie, no Node), so that the app's worker and the command line build the same bytes.
 */
import { jsPDF } from 'jspdf';
import type { WorkshopDocument } from '../domain/document.ts';
import { deckContext } from './context.ts';
import { installFlateEncode } from './flate.ts';
import type { DeckFonts } from './fonts.ts';
import { registerFonts } from './fonts.ts';
import type { DeckDate } from './identity.ts';
import { hash128 } from '../domain/hash.ts';
import { formatDay, isoDay, pdfDate } from './identity.ts';
import { PAGE } from './layout.ts';
import type { DeckSection } from './section.ts';
import { DECK_SECTIONS } from './sections/index.ts';
import { DeckWriter } from './writer.ts';

export interface BuildDeckOptions {
  /** Section ids to include, in any order (the deck keeps its own order); default: all. */
  sections?: readonly string[];
  /** The PDF's creation date: the same input and date give the same bytes. */
  createdAt: DeckDate;
  fonts: DeckFonts;
  /** The section list; default DECK_SECTIONS (tests and later issues may pass their own). */
  sectionList?: readonly DeckSection[];
  /**
   * Told after each section is drawn and once the PDF is written (`section` null), with the
   * pages so far: for a progress line, or for the benchmark to sample the heap.
   */
  onProgress?: (progress: { section: string | null; pages: number }) => void;
  /** The snapshot "Changes since" compares with; default: the latest. */
  snapshotId?: string;
}

export interface DeckSectionPages {
  id: string;
  title: string;
  firstPage: number;
  pageCount: number;
}

export interface BuiltDeck {
  bytes: Uint8Array;
  pageCount: number;
  /** The sections that made it into the deck (those chosen and with data), in deck order. */
  sections: DeckSectionPages[];
}

/** The ids of the sections a deck can hold, in deck order. */
export function deckSectionIds(list: readonly DeckSection[] = DECK_SECTIONS): string[] {
  return list.map((s) => s.id);
}

/**
 * A stable input for the file ID: the document, the section choice and the date. JSON.stringify
 * follows the records' key order, which the file format and the database keep stable.
 */
function fingerprint(
  doc: WorkshopDocument,
  sections: readonly string[],
  created: string,
  snapshotId: string,
): string {
  return `${created}\n${sections.join(',')}\n${snapshotId}\n${JSON.stringify(doc)}`;
}

/**
 * An empty jsPDF document set up as the deck's: its page size, compression (through `flate.ts`)
 * and precision.
 */
export function createDeckPdf(): jsPDF {
  installFlateEncode();
  return new jsPDF({
    orientation: 'landscape',
    unit: 'pt',
    format: [PAGE.width, PAGE.height],
    compress: true,
    putOnlyUsedFonts: true,
    // Coordinates to 1/100 pt, not jsPDF's 16 digits ("16.0999999999999979 TL"): a fifth of
    // every page's content stream, and nothing a screen or printer could show.
    floatPrecision: 2,
  });
}

/**
 * Lets the document go once its bytes are out. jsPDF's shared methods (on `jsPDF.API`) close over
 * the last document made, so that one stays reachable until the next: 45 MB of strings for a
 * 200-page deck, held in the worker between exports. An empty document takes its place.
 */
function releaseDocument(): void {
  new jsPDF();
}

/**
 * Builds the deck: the chosen sections that have data, in deck order, each starting on a new page
 * with one bookmark; a header (workshop title, section) and footer (organisation and date,
 * "n / N") on every page but the cover's header; metadata title, author (the facilitator),
 * subject and creator "Scalepath"; the fonts embedded, subset (fonts.ts).
 *
 * Deterministic: the same document, sections, date and fonts give the same bytes (the creation
 * date is `createdAt` in UTC and the file ID a hash of the input). When no chosen section has
 * data, the deck is its cover, since a PDF needs a page. Throws only for a font that is not a
 * TrueType file or a date that is not a date.
 */
export function buildDeck(doc: WorkshopDocument, options: BuildDeckOptions): BuiltDeck {
  const list = options.sectionList ?? DECK_SECTIONS;
  const chosen = new Set(options.sections ?? deckSectionIds(list));
  const created = pdfDate(options.createdAt);
  const createdDay = isoDay(options.createdAt);
  const ctx = deckContext(doc, createdDay, options.snapshotId);

  const pdf = createDeckPdf();
  const out = new DeckWriter(pdf, registerFonts(pdf, options.fonts, JSON.stringify(doc)));

  let included = list.filter((s) => chosen.has(s.id) && s.hasData(ctx));
  if (included.length === 0) included = list.filter((s) => s.id === 'cover').slice(0, 1);
  const sections: DeckSectionPages[] = [];
  for (const section of included) {
    const firstPage = out.page + 1;
    ctx.contents.push({ title: section.title, page: firstPage });
    section.render(ctx, out);
    const pageCount = out.page - firstPage + 1;
    if (pageCount <= 0) {
      ctx.contents.pop();
      continue;
    }
    sections.push({ id: section.id, title: section.title, firstPage, pageCount });
    options.onProgress?.({ section: section.id, pages: out.page });
  }
  if (out.page === 0) out.addPage('Cover', { isCover: true });

  const w = doc.workshop;
  const footer = [w.organisation.trim(), w.date === '' ? '' : formatDay(w.date)]
    .filter((part) => part !== '')
    .join(' · ');
  const pageCount = out.finishPages({ title: w.title, footer });

  for (const s of sections) pdf.outline.add(null, s.title, { pageNumber: s.firstPage });
  pdf.setDocumentProperties({
    title: w.title,
    author: w.facilitator.trim(),
    subject:
      w.organisation.trim() === ''
        ? 'AI strategy: priorities, roadmap and portfolio'
        : `AI strategy for ${w.organisation.trim()}: priorities, roadmap and portfolio`,
    keywords: 'AI strategy, roadmap, portfolio, Scalepath',
    creator: 'Scalepath',
  });
  pdf.setCreationDate(created);
  pdf.setFileId(
    hash128(
      fingerprint(
        doc,
        sections.map((s) => s.id),
        created,
        ctx.snapshot?.id ?? '',
      ),
    ),
  );
  const bytes = new Uint8Array(pdf.output('arraybuffer'));
  releaseDocument();
  options.onProgress?.({ section: null, pages: pageCount });
  return { bytes, pageCount, sections };
}
