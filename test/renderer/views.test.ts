/**
 * The view builders of the screens, and one truth per rule across them (issue 9): a candidate the
 * room placed away from its scores reads the same quadrant, and counts the same as a quick win, in
 * the candidates table, on the matrix card, on the roadmap card, in the checks, in the balance and
 * in the deck.
 */
import { describe, expect, it } from 'vitest';
import { deckContext } from '../../shared/deck/context.ts';
import { rankedRows } from '../../shared/deck/sections/ranked.ts';
import { checkRoadmap } from '../../shared/roadmap/checks.ts';
import { portfolioBalance } from '../../shared/roadmap/balance.ts';
import { scoreRows } from '../../renderer/features/candidates/rows.ts';
import {
  buildCardViews as buildMatrixViews,
  withPendingChanged,
} from '../../renderer/features/matrix/cardView.ts';
import type { PendingPlacement } from '../../renderer/features/matrix/cardView.ts';
import { NO_FILTERS } from '../../renderer/features/matrix/filters.ts';
import {
  buildCardViews as buildRoadmapViews,
  buildColumns,
  buildDependencyIndex,
} from '../../renderer/features/roadmap/roadmapView.ts';
import { shareUnchanged } from '../../renderer/components/sameView.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';

/** Scores that put a candidate in Fill-ins (V = 25, F = 100). */
const FILL_IN_SCORES = {
  valueScores: { financialImpact: 2 },
  feasibilityScores: { dataReadiness: 5 },
};

/** A workshop whose one candidate scores as a Fill-in but was placed in Quick wins, in phase 1. */
function placedAwayFromScores() {
  return aDocument(
    {
      candidates: [
        {
          id: 'c1',
          title: 'Invoice matching',
          ...FILL_IN_SCORES,
          placement: { x: 80, y: 85 },
          phaseId: 'p1',
        },
      ],
    },
    testEnv(),
  );
}

describe('one ranking, everywhere', () => {
  it('numbers the dense matrix’s dots as the deck numbers its ranking: by priority, unscored last, ties by title', () => {
    const doc = aDocument(
      {
        candidates: [
          { id: 'c1', title: 'Unscored' },
          { id: 'c2', title: 'Beta', ...FILL_IN_SCORES },
          { id: 'c3', title: 'Alpha', ...FILL_IN_SCORES },
          {
            id: 'c4',
            title: 'Top',
            valueScores: { financialImpact: 5 },
            feasibilityScores: { dataReadiness: 5 },
          },
        ],
      },
      testEnv(),
    );
    const dots = new Map(
      buildMatrixViews(doc, new Map(), NO_FILTERS).map((v) => [v.title, v.rank]),
    );
    const deck = new Map(
      deckContext(doc, '2026-01-31').ranked.map((r) => [r.candidate.title, r.rank]),
    );
    expect(Object.fromEntries(dots)).toEqual({ Top: 1, Alpha: 2, Beta: 3, Unscored: 4 });
    expect(dots).toEqual(deck);
  });
});

describe('matrix views after a drop', () => {
  it('building only the dropped card’s view gives what building them all gives', () => {
    const doc = aDocument(
      {
        candidates: [
          { id: 'c1', title: 'Alpha', ...FILL_IN_SCORES, department: 'Risk' },
          { id: 'c2', title: 'Beta', placement: { x: 10, y: 90 } },
          { id: 'c3', title: 'Gamma', ...FILL_IN_SCORES },
        ],
      },
      testEnv(),
    );
    const filters = { ...NO_FILTERS, department: 'Risk' };
    const none = new Map<string, PendingPlacement>();
    const before = buildMatrixViews(doc, none, filters);
    const [alpha, beta] = doc.candidates;
    const pending = new Map<string, PendingPlacement>([
      ['c1', { placement: { x: 80, y: 85 }, madeOn: alpha! }],
      ['c2', { placement: null, madeOn: beta! }],
    ]);
    const after = withPendingChanged(before, doc, none, pending, filters);
    expect(after).toEqual(buildMatrixViews(doc, pending, filters));
    expect(after.find((v) => v.id === 'c1')?.quadrant).toBe('quick-wins');
    // The card that did not move keeps its very view.
    expect(after[2]).toBe(before[2]);
  });
});

describe('one quadrant, everywhere', () => {
  it('the table, the matrix card, the roadmap card, the checks, the balance and the deck agree', () => {
    const doc = placedAwayFromScores();
    const settings = doc.workshop.settings;

    const [row] = scoreRows(doc.candidates, settings);
    expect(row?.quadrant).toBe('quick-wins');
    expect(row?.standing).toEqual({
      quadrant: 'quick-wins',
      scoredQuadrant: 'fill-ins',
      isScoredElsewhere: true,
    });

    const [card] = buildMatrixViews(doc, new Map(), NO_FILTERS);
    expect(card?.quadrant).toBe('quick-wins');

    const issues = checkRoadmap(doc);
    const roadmapCard = buildRoadmapViews(doc, issues, buildDependencyIndex(doc)).get('c1');
    expect(roadmapCard).toMatchObject({ quadrant: 'quick-wins', scoredElsewhere: 'fill-ins' });

    // A Quick-wins card in phase 1, untagged: momentum is kept.
    expect(issues.filter((i) => i.rule === 'momentum')).toEqual([]);

    const horizon = portfolioBalance(doc.candidates, doc.phases, settings).all.dimensions[0];
    expect(horizon).toMatchObject({ dimension: 'horizon', a: { count: 1 }, unset: { count: 0 } });

    const ctx = deckContext(doc, '2026-12-01');
    expect(ctx.quadrantCounts).toMatchObject({ 'quick-wins': 1, 'fill-ins': 0 });
    const [ranked] = rankedRows(ctx);
    expect(ranked?.[3]).toMatchObject({ text: 'Quick wins (scores: Fill-ins)' });
  });

  it('and where the card is not placed, its scores decide on every screen', () => {
    const doc = placedAwayFromScores();
    const unplaced = {
      ...doc,
      candidates: doc.candidates.map((c) => ({ ...c, placement: null })),
    };
    expect(scoreRows(unplaced.candidates, doc.workshop.settings)[0]?.standing).toEqual({
      quadrant: 'fill-ins',
      scoredQuadrant: 'fill-ins',
      isScoredElsewhere: false,
    });
    expect(buildMatrixViews(unplaced, new Map(), NO_FILTERS)[0]?.quadrant).toBe('fill-ins');
    expect(checkRoadmap(unplaced).map((i) => i.rule)).toContain('momentum');
  });
});

describe('matrix card views', () => {
  it('show a pending placement only while the stored card is the one it was made on', () => {
    const doc = placedAwayFromScores();
    const [stored] = doc.candidates;
    if (!stored) throw new Error('a candidate');
    const pending: PendingPlacement = {
      placement: { x: 10, y: 90 },
      madeOn: { updatedAt: stored.updatedAt, placement: stored.placement },
    };
    const shown = buildMatrixViews(doc, new Map([['c1', pending]]), NO_FILTERS)[0];
    expect(shown).toMatchObject({ x: 10, y: 90, quadrant: 'strategic-bets' });
    // The write landed (or an undo, a merge): the stored record has moved on, and wins.
    const moved = {
      ...doc,
      candidates: [
        { ...stored, placement: { x: 10, y: 90 }, updatedAt: '2030-01-01T00:00:00.000Z' },
      ],
    };
    const undone = { ...doc, candidates: [{ ...stored, updatedAt: '2030-01-02T00:00:00.000Z' }] };
    expect(buildMatrixViews(moved, new Map([['c1', pending]]), NO_FILTERS)[0]).toMatchObject({
      x: 10,
    });
    expect(buildMatrixViews(undone, new Map([['c1', pending]]), NO_FILTERS)[0]).toMatchObject({
      x: 80,
    });
  });

  it('keep last render’s object for every card whose view did not change', () => {
    const doc = aDocument(
      {
        candidates: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
      },
      testEnv(),
    );
    const first = buildMatrixViews(doc, new Map(), NO_FILTERS);
    const byId = new Map(first.map((v) => [v.id, v]));
    const edited = {
      ...doc,
      candidates: doc.candidates.map((c) => (c.id === 'b' ? { ...c, title: 'B2' } : c)),
    };
    const next = shareUnchanged(buildMatrixViews(edited, new Map(), NO_FILTERS), byId);
    expect(next.find((v) => v.id === 'a')).toBe(byId.get('a'));
    expect(next.find((v) => v.id === 'b')).not.toBe(byId.get('b'));
  });
});

describe('roadmap views', () => {
  it('lay the columns out in rank order, backlog first, a card in a deleted phase in the backlog', () => {
    const doc = aDocument(
      {
        candidates: [
          { id: 'c1', title: 'Second', phaseId: 'p1', phaseRank: 'a1' },
          { id: 'c2', title: 'First', phaseId: 'p1', phaseRank: 'a0' },
          { id: 'c3', title: 'Lost', phaseId: 'gone' },
        ],
      },
      testEnv(),
    );
    const { heads, items } = buildColumns(doc, checkRoadmap(doc));
    expect(heads.map((h) => h.name)).toEqual([
      'Backlog',
      'Phase 1 - Foundation',
      'Phase 2 - Expansion',
      'Phase 3 - Transformation',
    ]);
    expect(heads.map((h) => items[h.key])).toEqual([['c3'], ['c2', 'c1'], [], []]);
  });
});
