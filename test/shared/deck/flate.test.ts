import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../../shared/deck/build.ts';
import { installFlateEncode } from '../../../shared/deck/flate.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { multilingualSample } from './fixtures.ts';
import { deckFonts } from './pdf-tools.ts';

type Filters = (data: string, filters: unknown) => { data: string; reverseChain: string };
const api = jsPDF.API as unknown as { processDataByFilters: Filters };

describe("the deck's Flate filter", () => {
  it("gives the bytes jsPDF's own filter gives, for a whole deck and for the fallback fonts", async () => {
    // Taken before any deck is built in this file, so before the filter is put in its place.
    const jsPdfFilters = api.processDataByFilters;
    const fonts = await deckFonts();
    for (const doc of [buildSampleWorkshop(), multilingualSample()]) {
      installFlateEncode();
      const ours = api.processDataByFilters;
      expect(ours).not.toBe(jsPdfFilters);
      const fast = buildDeck(doc, { createdAt: '2026-01-31', fonts }).bytes;
      api.processDataByFilters = jsPdfFilters;
      try {
        const slow = buildDeck(doc, { createdAt: '2026-01-31', fonts }).bytes;
        expect(fast.length).toBe(slow.length);
        expect(Buffer.from(fast).equals(Buffer.from(slow))).toBe(true);
      } finally {
        api.processDataByFilters = ours;
      }
    }
  }, 60_000);
});
