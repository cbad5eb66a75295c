/** What each section draws from the workshop, without a PDF: data rules and derived lists. */
import { describe, expect, it } from 'vitest';
import { deckContext } from '../../../shared/deck/context.ts';
import { DECK_SECTIONS } from '../../../shared/deck/sections/index.ts';
import { candidateFacts, shareLines } from '../../../shared/deck/sections/candidates.ts';
import { criteriaRows, methodParagraphs } from '../../../shared/deck/sections/method.ts';
import { rankedRows } from '../../../shared/deck/sections/ranked.ts';
import { keyWarnings, topPriorities } from '../../../shared/deck/sections/summary.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { plannedSample } from './fixtures.ts';
import { emptyChangePlan, emptyLiteracy } from '../../../shared/records/people.ts';
import { aDocument, aGovernance, testEnv } from '../../fixtures/builders.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { AREA_ITEMS, ethicalReviewStatus } from '../../../shared/scale/readiness.ts';

const DAY = '2026-01-31';

function sectionsWithData(ctx: ReturnType<typeof deckContext>): string[] {
  return DECK_SECTIONS.filter((s) => s.hasData(ctx)).map((s) => s.id);
}

describe('which sections have data', () => {
  it('leaves the roadmap out until something is scheduled', () => {
    expect(sectionsWithData(deckContext(buildSampleWorkshop(), DAY))).toEqual([
      'cover',
      'summary',
      'matrix',
      'ranked',
      'balance',
      'sensitivity',
      'reuse',
      'governance',
      'blueprint',
      'talent',
      'change',
      'candidates',
      'method',
    ]);
    expect(sectionsWithData(deckContext(plannedSample(), DAY))).toContain('roadmap');
  });

  it('keeps only the cover and the method for an empty workshop', () => {
    const sample = buildSampleWorkshop();
    const doc = {
      ...sample,
      workshop: { ...sample.workshop, literacy: emptyLiteracy(), changePlan: emptyChangePlan() },
      candidates: [],
      components: [],
    };
    expect(sectionsWithData(deckContext(doc, DAY))).toEqual(['cover', 'method']);
  });

  it('shows each pilot-to-scale section only once it has data', () => {
    const sample = buildSampleWorkshop();
    const bare = aDocument({ candidates: [{ title: 'Chatbot' }] }, testEnv());
    const has = (doc: WorkshopDocument, id: string) =>
      sectionsWithData(deckContext(doc, DAY)).includes(id);
    for (const id of ['governance', 'blueprint', 'talent', 'change']) {
      expect(has(bare, id), id).toBe(false);
      expect(has(sample, id), id).toBe(true);
    }
    const [chatbot] = bare.candidates;
    const touched = (patch: object) => ({
      ...bare,
      candidates: [{ ...chatbot!, ...patch }],
    });
    expect(has(touched({ governance: aGovernance({ fairness: 'n/a' }) }), 'governance')).toBe(true);
    expect(has(touched({ stage: 'scaling' }), 'blueprint')).toBe(true);
    const plan = { ...bare.workshop.changePlan, leadership: { message: 'Fund it', concerns: '' } };
    expect(has({ ...bare, workshop: { ...bare.workshop, changePlan: plan } }, 'change')).toBe(true);
  });
});

describe('the ranking', () => {
  it('orders by priority, the unscored last, and numbers from 1', () => {
    const ctx = deckContext(buildSampleWorkshop(), DAY);
    expect(ctx.ranked.map((r) => r.rank)).toEqual(ctx.ranked.map((_, i) => i + 1));
    const priorities = ctx.ranked.map((r) => r.scored.priority);
    const scored = priorities.filter((p): p is number => p !== null);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    expect(priorities.slice(scored.length).every((p) => p === null)).toBe(true);
    expect(topPriorities(ctx).map((r) => r.candidate.title)).toEqual([
      'Customer query chatbot',
      'Fraud detection for card payments',
      'Predictive inventory management',
      'Customer data pipeline and feature library',
      'Internal productivity assistant',
    ]);
    expect(rankedRows(ctx)[0]?.slice(0, 2)).toEqual([
      '1',
      { text: 'Customer query chatbot', style: 'bold' },
    ]);
  });

  it('counts candidates per quadrant', () => {
    const ctx = deckContext(buildSampleWorkshop(), DAY);
    expect(ctx.quadrantCounts).toEqual({
      'quick-wins': 6,
      'strategic-bets': 4,
      'fill-ins': 4,
      reconsider: 2,
    });
    expect(ctx.unscoredCount).toBe(2);
  });
});

describe('key warnings', () => {
  it('lists balance advice and duplication while nothing is scheduled', () => {
    const warnings = keyWarnings(deckContext(buildSampleWorkshop(), DAY));
    expect(warnings.map((w) => w.source)).toEqual(['Balance', 'Duplication']);
    expect(warnings[1]?.message).toContain('“AI-powered lead scoring” and “Customer segmentation”');
  });

  it('puts roadmap errors first, and leaves hints to the roadmap section', () => {
    const doc = plannedSample();
    const broken = {
      ...doc,
      candidates: doc.candidates.map((c) =>
        c.id === 'sample-knowledge-base' ? { ...c, phaseId: 'sample-phase-3' } : c,
      ),
    };
    const ctx = deckContext(broken, DAY);
    const warnings = keyWarnings(ctx);
    expect(warnings[0]?.message).toContain('depends on “Service knowledge base”');
    const hints = ctx.issues.filter((i) => i.severity === 'hint').map((i) => i.message);
    for (const hint of hints) expect(warnings.map((w) => w.message)).not.toContain(hint);
  });
});

describe('the ethical-review warning', () => {
  it('is printed for a scheduled customer-facing candidate whose review is open, and not once it is done', () => {
    const planned = plannedSample();
    const open = planned.candidates.find(
      (c) =>
        c.audience === 'customer-facing' &&
        c.phaseId !== null &&
        ethicalReviewStatus(c.governance) !== 'done' &&
        ethicalReviewStatus(c.governance) !== 'n/a',
    );
    if (open === undefined)
      throw new Error('the sample has no open review on a scheduled customer-facing candidate');
    const issueOf = (doc: WorkshopDocument) =>
      deckContext(doc, DAY).issues.find((i) => i.id === `governance-gate:${open.id}`);
    expect(issueOf(planned)?.message).toContain(`“${open.title}”`);
    const governance = { ...open.governance };
    for (const item of AREA_ITEMS.ethics) governance[item] = { ...governance[item], state: 'done' };
    const reviewed = {
      ...planned,
      candidates: planned.candidates.map((c) => (c.id === open.id ? { ...c, governance } : c)),
    };
    expect(issueOf(reviewed)).toBeUndefined();
  });
});

describe('one-pagers', () => {
  it('sums up a candidate in one line', () => {
    const ctx = deckContext(plannedSample(), DAY);
    const chatbot = ctx.byId.get('sample-chatbot');
    expect(chatbot && candidateFacts(chatbot)).toBe(
      '#1 · Customer Service · Owner: Priya Raman · Pilot succeeded · Effort M (2 pts) · Phase 2 - Expansion',
    );
  });

  it('shares lines fairly between description and notes', () => {
    expect(shareLines([3, 40], 20)).toEqual([3, 17]);
    expect(shareLines([40, 40], 20)).toEqual([10, 10]);
    expect(shareLines([2, 3], 20)).toEqual([2, 3]);
    expect(shareLines([5, 5], 0)).toEqual([0, 0]);
  });
});

describe('the method', () => {
  it("states the workshop's own weights, thresholds, split and band", () => {
    const doc = buildSampleWorkshop();
    const settings = {
      ...doc.workshop.settings,
      valueWeights: { ...doc.workshop.settings.valueWeights, riskMitigation: 0 },
      thresholds: { value: 60, feasibility: 40 },
      priorityValueShare: 0.7,
      balanceBand: { min: 25, max: 75 },
    };
    const ctx = deckContext({ ...doc, workshop: { ...doc.workshop, settings } }, DAY);
    expect(criteriaRows(ctx)[2]?.[2]).toBe('0 (left out)');
    const text = methodParagraphs(ctx).join(' ');
    expect(text).toContain('70% of V plus 30% of F');
    expect(text).toContain('Quick wins (V ≥ 60, F ≥ 40)');
    expect(text).toContain('outside 25–75%');
  });
});
