import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltDeck } from '../../../shared/deck/build.ts';
import { buildDeck } from '../../../shared/deck/build.ts';
import { MARGIN } from '../../../shared/deck/layout.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { saveScenario } from '../../../shared/domain/scenario-edits.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { closeCalls, closeCallSentence } from '../../../shared/sensitivity/robustness.ts';
import { applied, testEnv } from '../../fixtures/builders.ts';
import { deckFonts, pdfText, pdfWordBoxes, requirePoppler } from './pdf-tools.ts';

/** The sample with two scenarios: risk weighed double, and financial impact triple at 70% value. */
function withScenarios(): WorkshopDocument {
  const env = testEnv();
  let doc = buildSampleWorkshop();
  doc = applied(doc, saveScenario(doc, 'Conservative', env));
  doc = applied(doc, saveScenario(doc, 'Aggressive', env));
  const [conservative, aggressive] = doc.scenarios;
  return {
    ...doc,
    scenarios: [
      { ...conservative!, valueWeights: { ...conservative!.valueWeights, riskMitigation: 2 } },
      {
        ...aggressive!,
        valueWeights: { ...aggressive!.valueWeights, financialImpact: 3 },
        priorityValueShare: 0.7,
      },
    ],
  };
}

const SECTIONS = ['sensitivity', 'scenarios'];

describe('the deck’s sensitivity and scenario pages', () => {
  let deck: BuiltDeck;
  let doc: WorkshopDocument;
  beforeAll(async () => {
    requirePoppler();
    doc = withScenarios();
    deck = buildDeck(doc, {
      createdAt: '2026-02-10',
      fonts: await deckFonts(),
      sections: SECTIONS,
    });
  }, 60_000);

  it('prints every close call as its sentence, the badges and the tornado', () => {
    const text = pdfText(deck.bytes).replace(/\s+/g, ' ');
    const s = doc.workshop.settings;
    const calls = closeCalls(doc.candidates, s, s.sensitivityTopN);
    expect(calls.length).toBe(10);
    for (const call of calls) {
      const sentence = closeCallSentence(call);
      expect(sentence).not.toBeNull();
      expect(text).toContain(sentence!);
    }
    expect(text).toContain(
      'Close call: Fraud detection for card payments overtakes Customer query chatbot',
    );
    expect(text).toMatch(/1 Customer query chatbot 79 Fragile/);
    expect(text).toContain('Weights over which the top 5 stays the same');
    expect(text).toContain('Risk mitigation');
  });

  it('compares the scenarios: who leaves the top 10, who changes quadrant, the balance', () => {
    const section = deck.sections.find((x) => x.id === 'scenarios')!;
    const text = pdfText(deck.bytes, {
      first: section.firstPage,
      last: section.firstPage + section.pageCount - 1,
      isLayout: true,
    }).replace(/\s+/g, ' ');
    expect(text).toContain('Candidate Current settings Conservative Aggressive');
    expect(text).toMatch(/Model monitoring dashboard Rank 6 Rank \d+ Not in it/);
    expect(text).toContain('Who changes quadrant');
    expect(text).toMatch(/Quick-win horizon \d+% \d+% \d+%/);
  });

  it('keeps every word inside the page margins, and gives the same bytes for the same date', async () => {
    const { pages, words } = pdfWordBoxes(deck.bytes);
    const outside = words.filter((w) => {
      const page = pages[w.page - 1]!;
      return (
        w.xMin < MARGIN - 1 ||
        w.xMax > page.width - MARGIN + 1 ||
        w.yMin < 0 ||
        w.yMax > page.height
      );
    });
    expect(outside).toEqual([]);
    const again = buildDeck(withScenarios(), {
      createdAt: '2026-02-10',
      fonts: await deckFonts(),
      sections: SECTIONS,
    });
    expect(Buffer.from(again.bytes).equals(Buffer.from(deck.bytes))).toBe(true);
  });

  it('leaves the scenario page out of a workshop without scenarios', async () => {
    const plain = buildDeck(buildSampleWorkshop(), {
      createdAt: '2026-02-10',
      fonts: await deckFonts(),
      sections: SECTIONS,
    });
    expect(plain.sections.map((x) => x.id)).toEqual(['sensitivity']);
  });
});
