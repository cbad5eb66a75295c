/**
 * The deck as a reader gets it: each test builds a PDF with the real fonts and reads it back
 * with poppler (page count, text, word boxes, metadata) and from the raw file (bookmarks).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildDeckOptions, BuiltDeck } from '../../../shared/deck/build.ts';
import { buildDeck } from '../../../shared/deck/build.ts';
import { DECK_SECTIONS } from '../../../shared/deck/sections/index.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { emptyChangePlan, emptyLiteracy } from '../../../shared/records/people.ts';
import {
  crowdedWorkshop,
  deckCandidate,
  MULTILINGUAL_TITLES,
  multilingualSample,
  plannedSample,
} from './fixtures.ts';
import {
  deckFonts,
  pdfBookmarks,
  pdfInfo,
  pdfPageTexts,
  pdfText,
  requirePoppler,
  wordsOutsidePage,
} from './pdf-tools.ts';

const DATE = '2026-01-31';

async function build(
  doc: WorkshopDocument,
  options: Partial<BuildDeckOptions> = {},
): Promise<BuiltDeck> {
  return buildDeck(doc, { createdAt: DATE, fonts: await deckFonts(), ...options });
}

/** pdftotext breaks lines; compare texts with every run of white space as one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

beforeAll(() => {
  requirePoppler();
});

describe('the sample deck', () => {
  let deck: BuiltDeck;
  beforeAll(async () => {
    deck = await build(buildSampleWorkshop());
  }, 60_000);

  it('has the pages its sections say, and pdfinfo counts the same', () => {
    // Cover, summary, matrix, ranked table, balance, reuse, blueprint, talent, change plan,
    // method: one page each; the sensitivity on four (the top 11 with their badges, the close
    // calls, the tornado); the governance heatmap of 18 candidates on two; 18 one-pagers. The
    // roadmap and the scenarios are left out: the sample schedules nothing and has no scenario.
    expect(deck.sections.map((s) => [s.id, s.pageCount])).toEqual([
      ['cover', 1],
      ['summary', 1],
      ['matrix', 1],
      ['ranked', 1],
      ['balance', 1],
      ['sensitivity', 4],
      ['reuse', 1],
      ['governance', 2],
      ['blueprint', 1],
      ['talent', 1],
      ['change', 1],
      ['candidates', 18],
      ['method', 1],
    ]);
    expect(deck.pageCount).toBe(34);
    expect(Number(pdfInfo(deck.bytes).Pages)).toBe(34);
    expect(pdfInfo(deck.bytes)['Page size']).toBe('960 x 540 pts');
  });

  it('carries the metadata: title, author (the facilitator), subject, creator and date', () => {
    const info = pdfInfo(deck.bytes);
    expect(info.Title).toBe('AI strategy: from pilot to scale');
    expect(info.Author).toBe('Elena Novak');
    expect(info.Subject).toBe(
      'AI strategy for Northwind Retail Group: priorities, roadmap and portfolio',
    );
    expect(info.Creator).toBe('Scalepath');
    expect(info.CreationDate).toMatch(/Sat Jan 31 00:00:00 2026 UTC/);
  });

  it('has one bookmark per section, pointing at its first page', () => {
    const { hasOutlines, bookmarks } = pdfBookmarks(deck.bytes);
    expect(hasOutlines).toBe(true);
    expect(bookmarks).toEqual(deck.sections.map((s) => ({ title: s.title, page: s.firstPage })));
  });

  it('names the top 5 candidates with V and F, and every quadrant', () => {
    const summary = flat(pdfText(deck.bytes, { first: 2, last: 2, isLayout: true }));
    const top5 = [
      'Customer query chatbot',
      'Fraud detection for card payments',
      'Predictive inventory management',
      'Customer data pipeline and feature library',
      'Internal productivity assistant',
    ];
    // Titles may wrap inside their cell; their words come in order.
    const text = flat(pdfText(deck.bytes, { first: 2, last: 2 }));
    for (const title of top5) expect(text).toContain(title);
    expect(summary).toMatch(/Customer query chatbot\s+Quick wins\s+69\s+69\s+79/);
    const all = flat(pdfText(deck.bytes));
    for (const label of Object.values(QUADRANT_LABELS)) expect(all).toContain(label);
  });

  it('names the scaling blueprint and the top governance gaps in the summary', () => {
    const summary = flat(pdfText(deck.bytes, { first: 2, last: 2 }));
    expect(summary).toContain('Scaling blueprint: “Customer query chatbot” (18 of 20).');
    expect(summary).toMatch(
      /Top governance gaps \(open on how many of the 18 candidates\): Monitoring and retraining triggers \d+,/,
    );
  });

  it('prints the pilot-to-scale sections as text: headings, the blueprint, a heatmap row, the gaps', () => {
    const pages = pdfPageTexts(deck.bytes).map(flat);
    const of = (id: string) => {
      const section = deck.sections.find((x) => x.id === id);
      if (section === undefined) throw new Error(`no ${id} section`);
      return pages
        .slice(section.firstPage - 1, section.firstPage - 1 + section.pageCount)
        .join(' ');
    };
    const governance = of('governance');
    expect(governance).toContain('Governance readiness');
    expect(governance).toContain('Data governance Model governance Ethical review');
    // The chatbot's row: its eleven states in checklist order, then its readiness.
    expect(governance).toMatch(
      /Customer query chatbot ✓ Done ✓ Done ✓ Done ◐ In progress ✓ Done ◐ In progress ✓ Done ✓ Done ◐ In progress ◐ In progress ○ Not started 54%/,
    );
    const blueprint = of('blueprint');
    expect(blueprint).toContain(
      'Scaling blueprint Customer query chatbot “Customer query chatbot”',
    );
    expect(blueprint).toContain('Falls short: ROI not shown yet');
    const talent = of('talent');
    expect(talent).toContain('Talent plan');
    expect(talent).toContain(
      'Not yet scheduled, 8 candidates need ML engineering; you have 2 people, plan to hire 1: a gap of 5 people.',
    );
    const change = of('change');
    expect(change).toContain('Change plan');
    expect(change).toContain('Fear of job displacement in the contact centre.');
  });

  it('puts the header (workshop title, section) and the footer "n / N" on every page', () => {
    const pages = pdfPageTexts(deck.bytes);
    expect(pages).toHaveLength(deck.pageCount);
    pages.forEach((text, i) => {
      expect(text).toContain(`${i + 1} / ${deck.pageCount}`);
      expect(text).toContain('Northwind Retail Group · 10 February 2026');
    });
    // The cover has no header; every other page names the workshop and its section.
    for (const s of deck.sections.filter((x) => x.id !== 'cover')) {
      const text = pages[s.firstPage - 1] ?? '';
      expect(text).toContain('AI strategy: from pilot to scale');
      expect(text).toContain(s.title);
    }
  });

  it("reads a one-pager in its order: each figure's name before it, each criterion beside its score", () => {
    const onePagers = deck.sections.find((s) => s.id === 'candidates');
    if (onePagers === undefined) throw new Error('the sample deck has no one-pagers');
    const page = onePagers.firstPage + 1;
    const lines = pdfText(deck.bytes, { first: page, last: page, isRaw: true }).split('\n');
    for (const name of ['Value', 'Feasibility', 'Priority']) {
      expect(lines[lines.indexOf(name) + 1]).toMatch(/^\d+$/);
    }
    expect(lines).toContain('Value criteria (1-5)');
    expect(lines.filter((line) => /^Direct financial impact [1-5–]$/.test(line))).toHaveLength(1);
    expect(lines.filter((line) => /^User readiness [1-5–]$/.test(line))).toHaveLength(1);
    expect(lines.indexOf('Tags')).toBeGreaterThan(lines.indexOf('Feasibility criteria (1-5)'));
  });

  it('draws no word outside its page', () => {
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
  });

  it('is byte-identical when built twice with the same date, and differs with another', async () => {
    const again = await build(buildSampleWorkshop());
    expect(Buffer.from(again.bytes).equals(Buffer.from(deck.bytes))).toBe(true);
    const later = await build(buildSampleWorkshop(), { createdAt: '2026-02-01' });
    expect(Buffer.from(later.bytes).equals(Buffer.from(deck.bytes))).toBe(false);
  });
});

describe('section choice', () => {
  it('gives the page count of the chosen sections, in deck order', async () => {
    const doc = buildSampleWorkshop();
    const deck = await build(doc, { sections: ['matrix', 'summary', 'cover'] });
    expect(deck.sections.map((s) => s.id)).toEqual(['cover', 'summary', 'matrix']);
    expect(deck.pageCount).toBe(3);
    expect(Number(pdfInfo(deck.bytes).Pages)).toBe(3);
    expect(pdfBookmarks(deck.bytes).bookmarks.map((b) => b.title)).toEqual([
      'Cover',
      'Executive summary',
      'Value / feasibility matrix',
    ]);
    const oneSection = await build(doc, { sections: ['candidates'] });
    expect(oneSection.pageCount).toBe(doc.candidates.length);
  });

  it('leaves out a chosen section without data, and falls back to the cover when none is left', async () => {
    const doc = buildSampleWorkshop();
    const deck = await build(doc, { sections: ['roadmap', 'summary'] });
    expect(deck.sections.map((s) => s.id)).toEqual(['summary']);
    const nothing = await build(doc, { sections: ['roadmap'] });
    expect(nothing.pageCount).toBe(1);
    expect(flat(pdfText(nothing.bytes))).toContain('AI strategy: from pilot to scale');
  });

  it('offers a section list that later issues can extend', () => {
    const ids = DECK_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'cover',
      'summary',
      'matrix',
      'ranked',
      'roadmap',
      'balance',
      'sensitivity',
      'scenarios',
      'reuse',
      'governance',
      'blueprint',
      'talent',
      'change',
      'votes',
      'disagreement',
      'snapshot',
      'decisions',
      'agenda',
      'candidates',
      'method',
    ]);
  });
});

describe('the roadmap', () => {
  it('names every phase with its capacity use, and the dependency problems', async () => {
    const doc = plannedSample();
    // Service knowledge base is moved after the chatbot that depends on it.
    const broken: WorkshopDocument = {
      ...doc,
      candidates: doc.candidates.map((c) =>
        c.id === 'sample-knowledge-base' ? { ...c, phaseId: 'sample-phase-3' } : c,
      ),
    };
    const deck = await build(broken);
    const roadmap = deck.sections.find((s) => s.id === 'roadmap');
    expect(roadmap).toBeDefined();
    const text = flat(pdfText(deck.bytes));
    for (const phase of doc.phases) expect(text).toContain(phase.name);
    expect(text).toMatch(/\d+ of 12 points/);
    expect(text).toContain(
      '“Customer query chatbot” (Phase 2 - Expansion) depends on “Service knowledge base”',
    );
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
  });
});

describe('text the room typed', () => {
  it('gives back Cyrillic, Greek and accented Latin titles exactly', async () => {
    const deck = await build(multilingualSample());
    const text = pdfText(deck.bytes);
    for (const title of MULTILINGUAL_TITLES) {
      // The one-pager's title stands alone on its line.
      expect(text.split('\n')).toContain(title);
    }
    expect(text).toContain('Продажи');
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
  });

  it('writes Unicode metadata readably', async () => {
    const doc = buildSampleWorkshop();
    const deck = await build(
      {
        ...doc,
        workshop: { ...doc.workshop, title: 'Стратегия ИИ — Ζυρίχη', facilitator: 'Zoë Ångström' },
      },
      { sections: ['cover'] },
    );
    const info = pdfInfo(deck.bytes);
    expect(info.Title).toBe('Стратегия ИИ — Ζυρίχη');
    expect(info.Author).toBe('Zoë Ångström');
  });

  it('keeps a 300-character title, emoji and control characters inside their boxes', async () => {
    const doc = buildSampleWorkshop();
    const longTitle = 'Customer lifetime value '.repeat(13).slice(0, 300);
    expect(longTitle).toHaveLength(300);
    const unbroken = 'X'.repeat(200);
    const hostile: WorkshopDocument = {
      ...doc,
      workshop: {
        ...doc.workshop,
        title: `${'Transformation roadmap '.repeat(8)}`.trim().slice(0, 200),
      },
      candidates: [
        deckCandidate('long', {
          title: longTitle,
          description: 'word '.repeat(999),
          notes: `${unbroken}\n\n\n\tTabbed\u0007bell\r\nline`,
          department: 'D'.repeat(120),
          valueScores: {
            financialImpact: 5,
            strategicImportance: 5,
            riskMitigation: 5,
            learningValue: 5,
          },
          feasibilityScores: {
            dataReadiness: 5,
            technicalComplexity: 1,
            integrationRequirements: 1,
            userReadiness: 5,
          },
        }),
        deckCandidate('emoji', {
          title: 'Rocket 🚀 launch 中文 plan',
          valueScores: {
            financialImpact: 3,
            strategicImportance: 3,
            riskMitigation: 3,
            learningValue: 3,
          },
          feasibilityScores: {
            dataReadiness: 3,
            technicalComplexity: 3,
            integrationRequirements: 3,
            userReadiness: 3,
          },
        }),
        ...doc.candidates,
      ],
    };
    const deck = await build(hostile);
    expect(Number(pdfInfo(deck.bytes).Pages)).toBe(deck.pageCount);
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
    const text = flat(pdfText(deck.bytes));
    // Cut with an ellipsis where it would overflow; the start survives.
    expect(text).toContain('Customer lifetime value Customer lifetime value');
    expect(text).toContain('…');
    // An emoji no font has becomes one visible mark; the fallback font draws the Chinese.
    expect(text).toContain('Rocket � launch 中文 plan');
  });

  it('builds a sound deck for an empty workshop: the cover and the method', async () => {
    const doc = buildSampleWorkshop();
    const empty: WorkshopDocument = {
      ...doc,
      workshop: { ...doc.workshop, literacy: emptyLiteracy(), changePlan: emptyChangePlan() },
      candidates: [],
      components: [],
    };
    const deck = await build(empty);
    expect(deck.sections.map((s) => s.id)).toEqual(['cover', 'method']);
    expect(Number(pdfInfo(deck.bytes).Pages)).toBe(deck.pageCount);
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
    expect(flat(pdfText(deck.bytes))).toContain('0 candidates · 3 phases');
  });
});

describe('the matrix', () => {
  it('labels a few dots with their titles, clear of each other, with no legend', async () => {
    const sample = buildSampleWorkshop();
    const few = new Set(['sample-chatbot', 'sample-fraud-detection', 'sample-cv-screening']);
    const doc = { ...sample, candidates: sample.candidates.filter((c) => few.has(c.id)) };
    const deck = await build(doc, { sections: ['matrix'] });
    const text = flat(pdfText(deck.bytes));
    for (const c of doc.candidates) expect(text).toContain(c.title);
    expect(text).not.toContain('Legend');
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
  });
});

describe('a crowded workshop', () => {
  let deck: BuiltDeck;
  beforeAll(async () => {
    deck = await build(crowdedWorkshop(60));
  }, 60_000);

  it('numbers the matrix and continues its legend, the ranked table repeats its header', () => {
    const pages = pdfPageTexts(deck.bytes);
    const ranked = deck.sections.find((s) => s.id === 'ranked');
    expect(ranked?.pageCount).toBeGreaterThan(1);
    for (let p = 0; p < (ranked?.pageCount ?? 0); p += 1) {
      const text = pages[(ranked?.firstPage ?? 1) - 1 + p] ?? '';
      expect(text).toContain('Department');
      expect(text).toContain(p === 0 ? 'Ranked candidates' : 'Ranked candidates (continued)');
    }
    const matrix = pages[(deck.sections.find((s) => s.id === 'matrix')?.firstPage ?? 1) - 1] ?? '';
    expect(matrix).toContain('Legend (numbers follow the ranking)');
    expect(deck.sections.find((s) => s.id === 'candidates')?.pageCount).toBe(60);
  });

  it('paginates the governance heatmap, its area and item headers on every page, a row never split', () => {
    const pages = pdfPageTexts(deck.bytes).map(flat);
    const heatmap = deck.sections.find((s) => s.id === 'governance');
    expect(heatmap?.pageCount).toBeGreaterThan(2);
    const rows = new Set<string>();
    for (let p = 0; p < (heatmap?.pageCount ?? 0); p += 1) {
      const text = pages[(heatmap?.firstPage ?? 1) - 1 + p] ?? '';
      expect(text).toContain(p === 0 ? 'Governance readiness' : 'Governance readiness (continued)');
      expect(text).toContain('Data governance Model governance Ethical review');
      expect(text).toContain('Fairness Context Feedback');
      // Each row ends with its readiness: count them, page by page.
      for (const m of text.matchAll(/(\d+%|n\/a) \((\d+%|n\/a) · (\d+%|n\/a) · (\d+%|n\/a)\)/g)) {
        rows.add(`${p}:${m.index}`);
      }
    }
    expect(rows.size).toBe(60);
  });

  it('keeps every word on its page', () => {
    expect(wordsOutsidePage(deck.bytes)).toEqual([]);
  });
});

describe('determinism', () => {
  it('gives the same bytes in any time zone', async () => {
    const doc = buildSampleWorkshop();
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const west = await build(doc, { sections: ['cover', 'summary'] });
      process.env.TZ = 'Asia/Tokyo';
      const east = await build(doc, { sections: ['cover', 'summary'] });
      expect(Buffer.from(east.bytes).equals(Buffer.from(west.bytes))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('derives the file ID from the input, not from chance', async () => {
    const doc = buildSampleWorkshop();
    const id = (deck: BuiltDeck) =>
      /\/ID \[ <([0-9A-F]{32})>/.exec(Buffer.from(deck.bytes).toString('latin1'))?.[1];
    const a = await build(doc, { sections: ['cover'] });
    const b = await build(doc, { sections: ['cover', 'summary'] });
    expect(id(a)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(a)).not.toBe(id(b));
    expect(id(await build(doc, { sections: ['cover'] }))).toBe(id(a));
  });
});
