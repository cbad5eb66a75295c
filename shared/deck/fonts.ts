/**
 * The deck's embedded fonts. The 14 standard PDF fonts cover Latin-1 only; DejaVu Sans covers
 * Latin Extended, Greek, Cyrillic, Hebrew and Arabic (jsPDF shapes Arabic and orders right-to-left
 * text itself), and a fallback font (Droid Sans Fallback: Chinese, Japanese, Korean) draws what
 * DejaVu lacks, run by run. shared/ cannot read files, so the fonts' bytes come in as an input
 * (the renderer fetches them from its assets, Node reads assets/fonts). Given HarfBuzz's
 * subsetter, each font is cut to the characters the deck can draw before jsPDF sees it.
 */
import type { jsPDF } from 'jspdf';
import { createSubsetter, deckCharacters } from './subset.ts';

/** A TrueType font file: its bytes, or the bytes as base64. */
export type FontData = Uint8Array | string;

export interface DeckFonts {
  regular: FontData;
  /** Headings and emphasis; the regular face stands in when it is not given. */
  bold?: FontData;
  /** Fonts that draw, in this order, what the regular and bold faces lack (one face each). */
  fallbacks?: readonly FontData[];
  /** harfbuzzjs's hb-subset.wasm: each font is cut to the characters the deck can draw. */
  subsetWasm?: Uint8Array;
}

export type FontStyle = 'normal' | 'bold';

/** The family names the deck registers its faces under. */
export const FONT_FAMILY = 'DejaVuSans';
const fallbackFamily = (index: number) => `Fallback${index + 1}`;

/** What the deck needs from jsPDF's parsed TrueType font (jsPDF types it as `any`). */
interface TtfMetrics {
  characterToGlyph(code: number): number;
  widthOfString(text: string, size: number, charSpace: number): number;
  /** Every glyph id drawn, once per character drawn (jsPDF appends on every text call). */
  glyIdsUsed?: unknown;
  /** Per glyph id drawn, the character it was drawn for: the PDF's ToUnicode map. */
  toUnicode?: Record<number, number>;
  /** The PDF's widths array, [glyph, [width], glyph, [width], ...], one entry per glyph drawn. */
  Unicode?: { widths?: unknown };
  widthOfGlyph?(glyph: number): number;
}

/** A stretch of a line drawn in one family. */
export interface TextRun {
  family: string;
  text: string;
}

/** Measures text and checks glyphs for one registered face. */
export interface FontFace {
  /** The width in points of `text` at `size`. */
  width(text: string, size: number): number;
  /** True when the face, or its fallback, has a glyph for the code point. */
  hasGlyph(codePoint: number): boolean;
  /** The text cut into runs, each in the family that draws it. */
  runs(text: string): TextRun[];
  /**
   * The run's glyph ids as the string operand of a PDF text-showing operator for its family's
   * font, a literal string of two bytes a glyph, each glyph recorded as drawn (in the list the
   * subset keeps, the widths and the ToUnicode map) as jsPDF's own text call records it. Null
   * when a character has no glyph: jsPDF's text call handles that case its own way.
   */
  glyphString(run: TextRun): string | null;
  /**
   * Shrinks jsPDF's list of glyphs used to one entry per glyph before the PDF is written. jsPDF
   * appends an entry for every character drawn (half a million in a 200-page deck) and walks the
   * list when it subsets the font; the subset depends only on which glyphs are in it.
   */
  compactGlyphList(): void;
}

/**
 * jsPDF's virtual file system wants a "binary string" (one char per byte) or base64. Slices of
 * 8 KiB through `apply`: spreading larger slices as arguments is a hundred times slower.
 */
function toVfsString(data: FontData): string {
  if (typeof data === 'string') return data;
  const parts: string[] = [];
  for (let i = 0; i < data.length; i += 0x2000) {
    parts.push(
      String.fromCharCode.apply(null, data.subarray(i, i + 0x2000) as unknown as number[]),
    );
  }
  return parts.join('');
}

function isTtfMetrics(value: unknown): value is TtfMetrics {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TtfMetrics).characterToGlyph === 'function' &&
    typeof (value as TtfMetrics).widthOfString === 'function'
  );
}

function metricsOf(pdf: jsPDF, family: string, style: FontStyle): TtfMetrics {
  pdf.setFont(family, style);
  const metrics: unknown = pdf.getFont().metadata;
  if (!isTtfMetrics(metrics)) {
    throw new Error('The deck font could not be read: give DejaVuSans.ttf (a TrueType file).');
  }
  return metrics;
}

/** jsPDF's glyph and width for each UTF-16 code unit of one font, each looked up once. */
interface CodeTable {
  glyphOf(code: number): number;
  /** The width in points of `text` at `size`, exactly as jsPDF's widthOfString gives it. */
  widthOf(text: string, size: number): number;
}

const codeTables = new WeakMap<TtfMetrics, CodeTable>();

/**
 * jsPDF's cmap is a dictionary and its widths a list of objects, read on every character measured
 * or drawn: about a tenth of a 200-page build. A table per font keeps what they gave.
 */
function codeTableOf(metrics: TtfMetrics): CodeTable {
  const kept = codeTables.get(metrics);
  if (kept !== undefined) return kept;
  const widthOfGlyph = metrics.widthOfGlyph?.bind(metrics);
  const glyphs = new Int32Array(0x10000).fill(-1);
  // What jsPDF adds per character: `advance + charSpace * (1000 / size) || 0`, charSpace 0.
  const advances = new Float64Array(0x10000);
  const glyphOf = (code: number): number => {
    let glyph = glyphs[code] as number;
    if (glyph === -1) {
      glyph = metrics.characterToGlyph(code);
      glyphs[code] = glyph;
      advances[code] = widthOfGlyph === undefined ? 0 : widthOfGlyph(glyph) + 0 || 0;
    }
    return glyph;
  };
  const table: CodeTable = {
    glyphOf,
    widthOf:
      widthOfGlyph === undefined
        ? (text, size) => metrics.widthOfString(text, size, 0)
        : (text, size) => {
            let width = 0;
            for (let i = 0; i < text.length; i += 1) {
              const code = text.charCodeAt(i);
              glyphOf(code);
              width += advances[code] as number;
            }
            return width * (size / 1000);
          },
  };
  codeTables.set(metrics, table);
  return table;
}

/** Whether every character is in what DejaVu draws, so the line needs no look at the fallback. */
function isPrimaryOnly(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 0x6ff && !(c >= 0x2000 && c <= 0x22ff) && !(c >= 0xfb50 && c <= 0xfeff)) return false;
  }
  return true;
}

/**
 * A copied text gives back the letters typed: jsPDF draws Arabic as its contextual presentation
 * forms (U+FB50–U+FEFF), and its ToUnicode map would give those back; each is mapped to the letter
 * it is a form of (where that is one letter: the lam-alef ligatures stay as they are).
 */
function unshapeToUnicode(metrics: TtfMetrics): void {
  const map = metrics.toUnicode;
  if (map === undefined) return;
  for (const [glyph, code] of Object.entries(map)) {
    if (code < 0xfb50 || code > 0xfeff) continue;
    const base = String.fromCharCode(code).normalize('NFKC');
    if (base.length === 1) map[Number(glyph)] = base.charCodeAt(0);
  }
}

function faceOf(pdf: jsPDF, style: FontStyle, fallbacks: readonly string[]): FontFace {
  const primary = metricsOf(pdf, FONT_FAMILY, style);
  const families: Array<[string, TtfMetrics]> = [
    [FONT_FAMILY, primary],
    ...fallbacks.map((f): [string, TtfMetrics] => [f, metricsOf(pdf, f, 'normal')]),
  ];
  const tables = families.map(([family, m]): [string, CodeTable] => [family, codeTableOf(m)]);
  const tableByFamily = new Map(tables);
  const primaryTable = codeTableOf(primary);
  const recorders = new Map(families.map(([family, m]) => [family, glyphRecorder(m)]));
  // Astral code points (emoji) have no single UTF-16 code unit for jsPDF to map: never drawable.
  const familyOf = (code: number): string | null =>
    tables.find(([, t]) => t.glyphOf(code) !== 0)?.[0] ?? null;
  const runs = (text: string): TextRun[] => {
    if (fallbacks.length === 0 || isPrimaryOnly(text)) return [{ family: FONT_FAMILY, text }];
    const out: TextRun[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const family = familyOf(text.charCodeAt(i)) ?? FONT_FAMILY;
      const last = out[out.length - 1];
      if (last !== undefined && last.family === family) last.text += text[i];
      else out.push({ family, text: text[i] as string });
    }
    return out;
  };
  return {
    width: (text, size) =>
      runs(text).reduce(
        (sum, run) => sum + (tableByFamily.get(run.family) ?? primaryTable).widthOf(run.text, size),
        0,
      ),
    hasGlyph: (codePoint) => codePoint <= 0xffff && familyOf(codePoint) !== null,
    runs,
    glyphString: (run) => recorders.get(run.family)?.(run.text) ?? null,
    compactGlyphList: () => {
      for (const [, m] of families) {
        if (Array.isArray(m.glyIdsUsed)) m.glyIdsUsed = [...new Set(m.glyIdsUsed)];
        unshapeToUnicode(m);
      }
    },
  };
}

/** A byte of a literal string as the content stream holds it: escaped where PDF says it must be. */
function literalByte(byte: number): string {
  switch (byte) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    // An end-of-line byte read raw in a literal string may come back as another (CR as LF).
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(byte);
  }
}

const glyphBytes: string[] = [];

/**
 * A glyph id as the two bytes of a literal string (Identity-H: the high byte first). Half the
 * size of jsPDF's four hex digits before compression, and about a tenth less after it.
 */
function bytesOf(glyph: number): string {
  let bytes = glyphBytes[glyph];
  if (bytes === undefined) {
    bytes = literalByte(glyph >> 8) + literalByte(glyph & 0xff);
    glyphBytes[glyph] = bytes;
  }
  return bytes;
}

/**
 * Encodes text for one font as jsPDF's `pdfEscape16` does (the same glyph ids, as two bytes each
 * rather than four hex digits, and each glyph recorded in the font's lists), without its cost:
 * jsPDF looks each glyph up in the widths array on every character drawn. The glyphs recorded
 * are kept in a set, which is rebuilt from the widths array when jsPDF's own text call has added
 * to it since.
 */
function glyphRecorder(metrics: TtfMetrics): (text: string) => string | null {
  const widths = metrics.Unicode?.widths;
  const used = metrics.glyIdsUsed;
  const toUnicode = metrics.toUnicode;
  const widthOfGlyph = metrics.widthOfGlyph?.bind(metrics);
  if (!Array.isArray(widths) || !Array.isArray(used) || !toUnicode || !widthOfGlyph) {
    return () => null;
  }
  const { glyphOf } = codeTableOf(metrics);
  const known = new Set<number>();
  let knownLength = -1;
  return (text) => {
    if (knownLength !== widths.length) {
      known.clear();
      for (let i = 0; i < widths.length; i += 2) known.add(widths[i] as number);
    }
    const bytes: string[] = ['('];
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      const glyph = glyphOf(code);
      if (glyph === 0) return null;
      if (!known.has(glyph)) {
        known.add(glyph);
        widths.push(glyph, [Math.trunc(widthOfGlyph(glyph))]);
        used.push(glyph);
        toUnicode[glyph] = code;
      }
      bytes.push(bytesOf(glyph));
    }
    bytes.push(')');
    knownLength = widths.length;
    // Joined, not concatenated: a string built by `+=` is a rope of one node per glyph, and a
    // 200-page deck holds a million of them until it is written.
    return bytes.join('');
  };
}

function addFont(pdf: jsPDF, family: string, style: FontStyle, data: FontData): void {
  const fileName = `${family}-${style}.ttf`;
  pdf.addFileToVFS(fileName, toVfsString(data));
  try {
    pdf.addFont(fileName, family, style, undefined, 'Identity-H');
  } catch (error) {
    throw new Error(
      `The deck font (${family} ${style}) could not be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Registers the deck's faces in `pdf` (regular and bold, and the fallback when `text`, everything
 * the deck will draw from the workshop, needs it) and returns their measurers. Throws a plain
 * message when the data is not a TrueType font.
 */
export function registerFonts(
  pdf: jsPDF,
  fonts: DeckFonts,
  text: string,
): Record<FontStyle, FontFace> {
  const characters = deckCharacters(text);
  const subset = fonts.subsetWasm === undefined ? null : createSubsetter(fonts.subsetWasm);
  // A font given as base64 is embedded as it is (jsPDF still drops its unused outlines).
  const prepared = (data: FontData, codePoints: Iterable<number>): FontData =>
    subset === null || typeof data === 'string' ? data : subset(data, codePoints);
  addFont(pdf, FONT_FAMILY, 'normal', prepared(fonts.regular, characters));
  addFont(pdf, FONT_FAMILY, 'bold', prepared(fonts.bold ?? fonts.regular, characters));
  // A fallback is embedded only when it draws a character the faces before it lack, and only
  // for those characters.
  const regular = metricsOf(pdf, FONT_FAMILY, 'normal');
  let missing = [...characters].filter((c) => c <= 0xffff && regular.characterToGlyph(c) === 0);
  const fallbacks: string[] = [];
  (fonts.fallbacks ?? []).forEach((data, index) => {
    if (missing.length === 0) return;
    const family = fallbackFamily(index);
    // The space keeps a character map in the subset even when the font has none of the others.
    addFont(pdf, family, 'normal', prepared(data, [0x20, ...missing]));
    const metrics = metricsOf(pdf, family, 'normal');
    const still = missing.filter((code) => metrics.characterToGlyph(code) === 0);
    if (still.length < missing.length) fallbacks.push(family);
    missing = still;
  });
  return { normal: faceOf(pdf, 'normal', fallbacks), bold: faceOf(pdf, 'bold', fallbacks) };
}
