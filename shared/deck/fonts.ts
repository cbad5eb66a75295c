/**
 * The deck's embedded font. The 14 standard PDF fonts cover Latin-1 only, so Cyrillic, Greek and
 * most accented names would come out as garbage; DejaVu Sans covers Latin Extended, Greek and
 * Cyrillic. shared/ cannot read files, so the font's bytes come in as an input (the renderer
 * fetches them from its assets, Node reads assets/fonts). jsPDF embeds only the glyphs used.
 */
import type { jsPDF } from 'jspdf';

/** A TrueType font file: its bytes, or the bytes as base64. */
export type FontData = Uint8Array | string;

export interface DeckFonts {
  regular: FontData;
  /** Headings and emphasis; the regular face stands in when it is not given. */
  bold?: FontData;
}

export type FontStyle = 'normal' | 'bold';

/** The family name the deck registers its faces under. */
export const FONT_FAMILY = 'DejaVuSans';

/** What the deck needs from jsPDF's parsed TrueType font (jsPDF types it as `any`). */
interface TtfMetrics {
  characterToGlyph(code: number): number;
  widthOfString(text: string, size: number, charSpace: number): number;
  /** Every glyph id drawn, once per character drawn (jsPDF appends on every text call). */
  glyIdsUsed?: unknown;
}

/** Measures text and checks glyphs for one registered face. */
export interface FontFace {
  /** The width in points of `text` at `size`. */
  width(text: string, size: number): number;
  /** True when the face has a glyph for the code point. */
  hasGlyph(codePoint: number): boolean;
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
    parts.push(String.fromCharCode.apply(null, Array.from(data.subarray(i, i + 0x2000))));
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

function faceOf(pdf: jsPDF, style: FontStyle): FontFace {
  pdf.setFont(FONT_FAMILY, style);
  const metrics: unknown = pdf.getFont().metadata;
  if (!isTtfMetrics(metrics)) {
    throw new Error('The deck font could not be read: give DejaVuSans.ttf (a TrueType file).');
  }
  return {
    width: (text, size) => metrics.widthOfString(text, size, 0),
    // Astral code points (emoji) have no single UTF-16 code unit for jsPDF to map: never drawable.
    hasGlyph: (codePoint) => codePoint <= 0xffff && metrics.characterToGlyph(codePoint) !== 0,
    compactGlyphList: () => {
      if (Array.isArray(metrics.glyIdsUsed)) metrics.glyIdsUsed = [...new Set(metrics.glyIdsUsed)];
    },
  };
}

/**
 * Registers the deck's faces in `pdf` (regular and bold) and returns their measurers. Throws a
 * plain message when the data is not a TrueType font.
 */
export function registerFonts(pdf: jsPDF, fonts: DeckFonts): Record<FontStyle, FontFace> {
  const files: Array<[FontStyle, string]> = [
    ['normal', toVfsString(fonts.regular)],
    ['bold', toVfsString(fonts.bold ?? fonts.regular)],
  ];
  for (const [style, data] of files) {
    const fileName = `${FONT_FAMILY}-${style}.ttf`;
    pdf.addFileToVFS(fileName, data);
    try {
      pdf.addFont(fileName, FONT_FAMILY, style, undefined, 'Identity-H');
    } catch (error) {
      throw new Error(
        `The deck font (${style}) could not be read: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  return { normal: faceOf(pdf, 'normal'), bold: faceOf(pdf, 'bold') };
}
