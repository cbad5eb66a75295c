/**
 * Reading a produced PDF the way a leader's viewer does, with poppler (pdfinfo, pdftotext), and
 * the deck's bookmarks from the raw file. CI installs poppler-utils; when it is missing the tests
 * FAIL with a message saying so: a deck test must never pass by skipping its checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDeckFonts } from '../../../scripts/deck.ts';
import type { DeckFonts } from '../../../shared/deck/fonts.ts';

let fonts: DeckFonts | null = null;

/** The shipped DejaVu fonts (read once per test file). */
export async function deckFonts(): Promise<DeckFonts> {
  fonts ??= await readDeckFonts();
  return fonts;
}

/** Throws a clear error unless pdftotext and pdfinfo run. */
export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'pipe' });
    } catch {
      throw new Error(
        `${tool} is missing: the deck tests read PDFs with poppler-utils. Install it (apt-get install -y poppler-utils); CI does.`,
      );
    }
  }
}

function withFile<T>(bytes: Uint8Array, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'scalepath-deck-test-'));
  const path = join(dir, 'deck.pdf');
  try {
    writeFileSync(path, bytes);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's fields (Title, Author, Pages...), as text. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (path) =>
    execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }),
  );
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match !== null) info[match[1] as string] = (match[2] as string).trim();
  }
  return info;
}

/** The text of the whole PDF, or of pages first..last, as pdftotext extracts it. */
export function pdfText(
  bytes: Uint8Array,
  options: { first?: number; last?: number; isLayout?: boolean; isRaw?: boolean } = {},
): string {
  const args = ['-enc', 'UTF-8'];
  if (options.isLayout === true) args.push('-layout');
  // In the order the page's content draws it: what a copy, a search or a screen reader reads.
  if (options.isRaw === true) args.push('-raw');
  if (options.first !== undefined) args.push('-f', String(options.first));
  if (options.last !== undefined) args.push('-l', String(options.last));
  return withFile(bytes, (path) =>
    execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
}

/** Page `page` drawn by pdftoppm at `dpi`, as the bytes of a PPM image (no metadata). */
export function pdfPagePixels(bytes: Uint8Array, page: number, dpi = 72): Buffer {
  return withFile(bytes, (path) =>
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), path], {
      maxBuffer: 256 << 20,
    }),
  );
}

/** The text of each page, in order (pdftotext separates pages with a form feed). */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const pages = pdfText(bytes).split('\f');
  // The text ends with a form feed after the last page.
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageBox {
  width: number;
  height: number;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every word's box, per page, from `pdftotext -bbox`. */
export function pdfWordBoxes(bytes: Uint8Array): { pages: PageBox[]; words: WordBox[] } {
  const html = withFile(bytes, (path) =>
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    }),
  );
  const pages: PageBox[] = [];
  const words: WordBox[] = [];
  const tokens =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;
  for (let m = tokens.exec(html); m !== null; m = tokens.exec(html)) {
    if (m[1] !== undefined) {
      pages.push({ width: Number(m[1]), height: Number(m[2]) });
      continue;
    }
    words.push({
      page: pages.length,
      xMin: Number(m[3]),
      yMin: Number(m[4]),
      xMax: Number(m[5]),
      yMax: Number(m[6]),
      text: decodeEntities(m[7] ?? ''),
    });
  }
  return { pages, words };
}

/** The words whose box is not inside its page (should be none). */
export function wordsOutsidePage(bytes: Uint8Array): WordBox[] {
  const { pages, words } = pdfWordBoxes(bytes);
  return words.filter((w) => {
    const page = pages[w.page - 1];
    return (
      page === undefined || w.xMin < 0 || w.yMin < 0 || w.xMax > page.width || w.yMax > page.height
    );
  });
}

export interface Bookmark {
  title: string;
  page: number;
}

/**
 * The bookmarks (outline entries) from the raw PDF: jsPDF writes objects uncompressed (only
 * streams are compressed), so the outline items' /Title and /Dest are plain text. A /Dest names
 * a page object; its position in the page tree's /Kids gives the page number.
 */
export function pdfBookmarks(bytes: Uint8Array): { hasOutlines: boolean; bookmarks: Bookmark[] } {
  const raw = Buffer.from(bytes).toString('latin1');
  const hasOutlines = /\/Type \/Outlines/.test(raw) && /\/Outlines \d+ 0 R/.test(raw);
  const kids = /\/Type \/Pages\s*\/Kids \[([^\]]*)\]/.exec(raw)?.[1] ?? '';
  const pageIds = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const bookmarks: Bookmark[] = [];
  const items = /\/Title \(((?:\\.|[^\\)])*)\)[^]*?\/Dest \[(\d+) 0 R/g;
  for (let m = items.exec(raw); m !== null; m = items.exec(raw)) {
    const title = (m[1] ?? '').replace(/\\([()\\])/g, '$1');
    bookmarks.push({ title, page: pageIds.indexOf(Number(m[2])) + 1 });
  }
  return { hasOutlines, bookmarks };
}
