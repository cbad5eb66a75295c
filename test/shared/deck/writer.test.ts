import { describe, expect, it } from 'vitest';
import { createDeckPdf } from '../../../shared/deck/build.ts';
import { pill } from '../../../shared/deck/charts.ts';
import { registerFonts } from '../../../shared/deck/fonts.ts';
import { COLOURS, PAGE } from '../../../shared/deck/layout.ts';
import type { TextStyle } from '../../../shared/deck/writer.ts';
import { DeckWriter } from '../../../shared/deck/writer.ts';
import { deckFonts, pdfPagePixels, pdfText, requirePoppler } from './pdf-tools.ts';

/**
 * Lines in every face, size and colour the deck uses, in Latin, Greek, Cyrillic, CJK and Hebrew,
 * and shapes filled and outlined.
 */
const LINES: Array<[string, TextStyle]> = [
  ['Customer churn prediction — 79 (Quick wins)', { size: 22, style: 'bold' }],
  ['Customer churn prediction — 79 (Quick wins)', { size: 22, style: 'bold' }],
  ['Прогноз спроса · Ανάλυση κινδύνου · Zürich', { size: 11, colour: COLOURS.inkSoft }],
  ['Прогноз спроса · Ανάλυση κινδύνου · Zürich', { size: 11, colour: COLOURS.accent }],
  // Every printable ASCII character: among their glyph ids are the bytes a literal string escapes.
  [String.fromCharCode(...Array.from({ length: 94 }, (_, i) => 33 + i)), { size: 10 }],
  ['東京の需要予測 and 수요 예측 in one line', { size: 14, colour: COLOURS.ink }],
  ['東京の需要予測 and 수요 예측 in one line', { size: 9, style: 'bold' }],
  ['Plan חיזוי ביקוש (review) 2026', { size: 12, colour: COLOURS.danger }],
  ['Right-aligned figure 1,234', { size: 10, align: 'right', colour: COLOURS.quickWins }],
  ['Right-aligned figure 1,234', { size: 10, align: 'right', colour: COLOURS.quickWins }],
];

/**
 * A page of LINES drawn by a DeckWriter, and its content stream before compression; `isDirect`
 * false takes jsPDF's raw writer away.
 */
async function page(isDirect: boolean): Promise<{ bytes: Uint8Array; content: string }> {
  const pdf = createDeckPdf();
  if (!isDirect) (pdf.internal as { write?: unknown }).write = undefined;
  const text = LINES.map(([line]) => line).join('\n');
  const out = new DeckWriter(pdf, registerFonts(pdf, await deckFonts(), text));
  out.addPage('Writer');
  LINES.forEach(([line, style], i) => {
    out.text(line, { x: 40, y: 30 + i * 30, w: PAGE.width - 80, h: 30 }, style);
  });
  out.upwardText('Upwards, drawn by jsPDF', 20, 200, 200, { size: 10 });
  // Shapes in the colours the deck uses, so that their colour operators are compared too.
  out.rect({ x: 500, y: 300, w: 120, h: 40 }, COLOURS.quickWins);
  out.rect({ x: 640, y: 300, w: 120, h: 40 }, COLOURS.panel, COLOURS.line, 1.5);
  out.rect({ x: 500, y: 360, w: 120, h: 40 }, null, COLOURS.danger);
  out.line(500, 420, 760, 430, COLOURS.accent, 2);
  out.line(500, 440, 760, 440, COLOURS.reconsider, 1, [4, 2]);
  out.circle(540, 480, 14, COLOURS.warning, COLOURS.ink);
  pill(out, 'Quick wins', 600, 470, COLOURS.quickWins, 200);
  out.finishPages({ title: 'Workshop', footer: 'Northwind' });
  const content = (pdf.internal as unknown as { pages: string[][] }).pages[1]?.join('\n') ?? '';
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), content };
}

describe('the deck writer', () => {
  it('writes text and colours straight into the page exactly as jsPDF draws them: same pixels, same text', async () => {
    requirePoppler();
    const { bytes: direct, content } = await page(true);
    const { bytes: viaJsPdf } = await page(false);
    // The glyphs went into literal strings, with every byte PDF wants escaped among them.
    const strings = content.match(/\((?:[^\\)]|\\.)*\) Tj/g) ?? [];
    for (const escaped of ['\\(', '\\)', '\\\\', '\\n', '\\r']) {
      expect(strings.some((s) => s.includes(escaped))).toBe(true);
    }
    // The direct path was taken: the files differ.
    expect(Buffer.from(direct).equals(Buffer.from(viaJsPdf))).toBe(false);
    expect(pdfText(direct)).toBe(pdfText(viaJsPdf));
    for (const [line] of LINES.slice(0, 6)) expect(pdfText(direct)).toContain(line);
    expect(pdfPagePixels(direct, 1, 100).equals(pdfPagePixels(viaJsPdf, 1, 100))).toBe(true);
  });

  it("writes shapes with jsPDF's own operators and numbers, at any position", async () => {
    /** The content of a page of shapes at fractional positions, from the first shape on. */
    const shapes = async (isDirect: boolean): Promise<string[]> => {
      const pdf = createDeckPdf();
      if (!isDirect) (pdf.internal as { write?: unknown }).write = undefined;
      const out = new DeckWriter(pdf, registerFonts(pdf, await deckFonts(), ''));
      out.addPage('Shapes');
      out.rect({ x: 10.125, y: 20.004, w: 33.335, h: 0.5 }, COLOURS.quickWins);
      out.rect({ x: -5, y: 500.999, w: 120.1, h: 40 }, COLOURS.panel, COLOURS.line, 1.25);
      out.rect({ x: 700, y: 10, w: 0.001, h: 40 }, null, COLOURS.danger, 0.333);
      out.line(0.7, 420.05, 760.333, 430.1, COLOURS.accent, 2);
      out.line(-3, 440, 1e4, 440.5, COLOURS.reconsider, 1, [4, 2]);
      const pages = (pdf.internal as unknown as { pages: string[][] }).pages;
      const content = pages[1] ?? [];
      // The page's opening line width is jsPDF's last one set through it, which the direct
      // path does not go through: every shape sets its own width before it strokes.
      return content.slice(content.findIndex((op) => op.endsWith(' rg') || op.endsWith(' g')));
    };
    const direct = await shapes(true);
    expect(direct).toEqual(await shapes(false));
    expect(direct).toContain('10.13 520. 33.34 -0.5 re');
    expect(direct.filter((op) => op.endsWith(' re'))).toHaveLength(3);
  });
});
