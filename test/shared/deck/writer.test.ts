import { describe, expect, it } from 'vitest';
import { createDeckPdf } from '../../../shared/deck/build.ts';
import { pill } from '../../../shared/deck/charts.ts';
import { registerFonts } from '../../../shared/deck/fonts.ts';
import { COLOURS, PAGE } from '../../../shared/deck/layout.ts';
import type { TextStyle } from '../../../shared/deck/writer.ts';
import { DeckWriter } from '../../../shared/deck/writer.ts';
import { deckFonts, pdfPagePixels, pdfPageTexts, pdfText, requirePoppler } from './pdf-tools.ts';

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

  it('leaves out a font, colour or width the stream has set already, and only then: the same pixels as jsPDF', async () => {
    requirePoppler();
    /** Three pages that leave the stream in other states before a stamp, and after jsPDF wrote. */
    const deck = async (isDirect: boolean) => {
      const pdf = createDeckPdf();
      if (!isDirect) (pdf.internal as { write?: unknown }).write = undefined;
      const out = new DeckWriter(pdf, registerFonts(pdf, await deckFonts(), 'Label Body Tail'));
      const body = (text: string, y: number, style: TextStyle) =>
        out.text(text, { x: 40, y, w: 300, h: 30 }, style);
      const label = { size: 12, colour: COLOURS.accent };
      for (let page = 1; page <= 3; page += 1) {
        out.addPage('State');
        // Page 2 leaves the stream in the label's font and colour when the label is recorded
        // there: the form must still set its own, since page 3 paints it in another state.
        body('Body', 40, page === 2 ? label : { size: 10 });
        out.stamp('label', () => out.text('Label', { x: 600, y: 100, w: 200, h: 20 }, label));
        body('Body', 80, { size: 10 });
        body('Body', 120, { size: 10 });
        out.rect({ x: 40, y: 200, w: 100, h: 40 }, COLOURS.panel, COLOURS.line, 1.5);
        // jsPDF writes a colour and a width on its own: what the writer set is no longer so.
        out.pdf.setFillColor(COLOURS.danger);
        out.pdf.setDrawColor(COLOURS.warning);
        out.pdf.setLineWidth(4);
        out.rect({ x: 160, y: 200, w: 100, h: 40 }, COLOURS.panel, COLOURS.line, 1.5);
        body('Tail', 300, { size: 10 });
      }
      out.finishPages({ title: 'Workshop', footer: 'Northwind' });
      const pages = (pdf.internal as unknown as { pages: string[][] }).pages;
      return { bytes: new Uint8Array(pdf.output('arraybuffer')), content: pages[3] ?? [] };
    };
    const direct = await deck(true);
    const viaJsPdf = await deck(false);
    // Page 3's two bodies at 10 after the stamp: the second sets neither font nor colour.
    const bodies = direct.content.filter((op) => op.startsWith('BT') && op.endsWith('Tj ET'));
    expect(bodies.some((op) => !op.includes(' Tf') && !op.includes(' rg'))).toBe(true);
    expect(pdfPageTexts(direct.bytes)).toEqual(pdfPageTexts(viaJsPdf.bytes));
    for (const page of [1, 2, 3]) {
      expect(
        pdfPagePixels(direct.bytes, page, 100).equals(pdfPagePixels(viaJsPdf.bytes, page, 100)),
      ).toBe(true);
    }
  });

  it('draws a stamp once, as a form each page paints: the same pixels and text as drawing it on each page', async () => {
    requirePoppler();
    const labels = 'Value criteria (1-5) Financial impact Tags Plan חיזוי ביקוש';
    /** Three pages of the same labels, stamped or drawn on each page, then a line of its own. */
    const deck = async (isStamped: boolean): Promise<Uint8Array> => {
      const pdf = createDeckPdf();
      const out = new DeckWriter(pdf, registerFonts(pdf, await deckFonts(), labels));
      const draw = () => {
        out.text(
          'Value criteria (1-5)',
          { x: 600, y: 200, w: 300, h: 14 },
          { size: 10, style: 'bold' },
        );
        out.text('Financial impact', { x: 600, y: 216, w: 190, h: 13 }, { size: 10 });
        out.rect({ x: 600, y: 240, w: 80, h: 9 }, COLOURS.panel, COLOURS.line, 0.5);
        out.line(40, 300, 900, 300, COLOURS.line);
      };
      // Right-to-left text needs jsPDF's own text call: it cannot be recorded.
      const rtl = () =>
        out.text('Plan חיזוי ביקוש', { x: 40, y: 400, w: 400, h: 20 }, { size: 12 });
      // A drawing past the writer, straight through jsPDF, lands on the page: it cannot be recorded.
      const bypass = () => {
        out.pdf.setFillColor(COLOURS.accent);
        out.pdf.rect(40, 450, 60, 20, 'F');
      };
      for (let page = 1; page <= 3; page += 1) {
        out.addPage('Stamps');
        if (isStamped) {
          out.stamp('labels', draw);
          out.stamp('rtl', rtl);
          out.stamp('bypass', bypass);
          // A box too low for a line draws nothing: no form for it.
          out.stamp('nothing', () => out.text('x', { x: 40, y: 500, w: 400, h: 5 }, { size: 12 }));
          if (page === 2)
            out.stamp('once', () =>
              out.text('Once', { x: 40, y: 480, w: 200, h: 20 }, { size: 12 }),
            );
        } else {
          draw();
          rtl();
          bypass();
          if (page === 2) out.text('Once', { x: 40, y: 480, w: 200, h: 20 }, { size: 12 });
        }
        out.text(`Tags of page ${page}`, { x: 40, y: 100, w: 400, h: 20 }, { size: 12 });
      }
      out.finishPages({ title: 'Workshop', footer: 'Northwind' });
      return new Uint8Array(pdf.output('arraybuffer'));
    };
    const stamped = await deck(true);
    const drawn = await deck(false);
    const forms = (bytes: Uint8Array) =>
      Buffer.from(bytes)
        .toString('latin1')
        .match(/\/Subtype \/Form/g)?.length ?? 0;
    // The labels once, the header once and the footer once (page numbers have one width): each
    // made when a second page stamps it, so the label drawn on one page only makes none.
    expect(forms(stamped)).toBe(3);
    expect(forms(drawn)).toBe(2);
    expect(pdfPageTexts(stamped)).toEqual(pdfPageTexts(drawn));
    expect(pdfText(stamped, { isRaw: true })).toBe(pdfText(drawn, { isRaw: true }));
    expect(pdfPageTexts(stamped)[2]).toContain('Financial impact');
    for (const page of [1, 2, 3]) {
      expect(pdfPagePixels(stamped, page, 100).equals(pdfPagePixels(drawn, page, 100))).toBe(true);
    }
  });
});
