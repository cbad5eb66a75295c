import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck, createDeckPdf } from '../../../shared/deck/build.ts';
import type { DeckFonts } from '../../../shared/deck/fonts.ts';
import { FONT_FAMILY, registerFonts } from '../../../shared/deck/fonts.ts';
import { deckCharacters } from '../../../shared/deck/subset.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { deckFonts, pdfText, requirePoppler } from './pdf-tools.ts';

const DATE = '2026-01-31';
const TITLES = ['東京の需要予測', 'تنبؤ الطلب', 'חיזוי ביקוש', '수요 예측'];

/** The sample workshop with its first candidates renamed. */
function withTitles(titles: readonly string[]): WorkshopDocument {
  const doc = buildSampleWorkshop();
  return {
    ...doc,
    candidates: doc.candidates.map((c, i) =>
      i < titles.length ? { ...c, title: titles[i] as string } : c,
    ),
  };
}

/** pdftotext's text without the embedding marks it puts around a right-to-left run. */
const withoutBidiMarks = (text: string) => text.replace(/[\u202a-\u202e]/g, '');

const fontStreams = (bytes: Uint8Array) => {
  const text = new TextDecoder('latin1').decode(bytes);
  return [...text.matchAll(/\/Length (\d+)[^>]*\/Length1/g)].reduce((n, m) => n + Number(m[1]), 0);
};

describe('the deck in every script a workshop may be typed in', () => {
  it('gives Japanese, Arabic, Hebrew and Korean titles back exactly through pdftotext', async () => {
    requirePoppler();
    const deck = buildDeck(withTitles(TITLES), { createdAt: DATE, fonts: await deckFonts() });
    const lines = withoutBidiMarks(pdfText(deck.bytes)).split('\n');
    for (const title of TITLES) expect(lines, title).toContain(title);
    expect(pdfText(deck.bytes)).not.toContain('\ufffd');
  });

  it('the subset deck is byte-identical for a fixed date, and smaller than one with whole fonts', async () => {
    const fonts = await deckFonts();
    const doc = withTitles(TITLES);
    const first = buildDeck(doc, { createdAt: DATE, fonts });
    const again = buildDeck(doc, { createdAt: DATE, fonts: { ...fonts } });
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);

    const { subsetWasm: _, ...whole } = fonts;
    const unsubset = buildDeck(doc, { createdAt: DATE, fonts: whole as DeckFonts });
    expect(fontStreams(first.bytes)).toBeLessThan(fontStreams(unsubset.bytes) / 2);
    expect(first.bytes.length).toBeLessThan(1024 * 1024);
  });

  it('subsetting leaves every word of the sample deck as it was', async () => {
    requirePoppler();
    const fonts = await deckFonts();
    const { subsetWasm: _, ...whole } = fonts;
    const doc = buildSampleWorkshop();
    const subset = pdfText(buildDeck(doc, { createdAt: DATE, fonts }).bytes);
    expect(subset).toBe(pdfText(buildDeck(doc, { createdAt: DATE, fonts: whole }).bytes));
    expect(subset).not.toContain('\ufffd');
  });
});

describe('the characters a deck is subset to', () => {
  it("hold every code point of the workshop's text, astral and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const text = `${a}${b}\u{1F680}\ud800x`;
        const got = deckCharacters(text);
        for (const ch of text) expect(got.has(ch.codePointAt(0) as number)).toBe(true);
        // Nothing else but the deck's own characters and Arabic's forms.
        const typed = new Set(Array.from(text, (ch) => ch.codePointAt(0) as number));
        const own = deckCharacters('');
        for (const code of got) {
          const isForm = code >= 0xfb50 && code <= 0xfeff;
          expect(typed.has(code) || own.has(code) || isForm).toBe(true);
        }
      }),
    );
  });
});

describe('the widths the deck measures text by', () => {
  it("are jsPDF's own, run by run, in every face and fallback, for any text", async () => {
    const fonts = await deckFonts();
    const sample = 'Zürich — Прогноз · Ανάλυση 東京の需要予測 수요 예측 חיזוי תקציב (1–5) "q" \\';
    const pdf = createDeckPdf();
    const faces = registerFonts(pdf, fonts, sample);
    const letters = [...sample];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters, '\ufffd', '\u0000'), { maxLength: 40 }),
        fc.constantFrom(7, 9.5, 10, 14, 28),
        fc.constantFrom('normal' as const, 'bold' as const),
        (chars, size, style) => {
          const text = chars.join('');
          const face = faces[style];
          // What jsPDF itself gives for each run, in the run's font.
          const expected = face.runs(text).reduce((sum, run) => {
            pdf.setFont(run.family, run.family === FONT_FAMILY ? style : 'normal');
            const metrics = pdf.getFont().metadata as {
              widthOfString(t: string, s: number, c: number): number;
            };
            return sum + metrics.widthOfString(run.text, size, 0);
          }, 0);
          expect(face.width(text, size)).toBe(expected);
        },
      ),
    );
  });
});
