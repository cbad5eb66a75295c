import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyChange } from '../../../shared/domain/change.ts';
import { EFFORT_POINTS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { compareRanks, rankOfIndex } from '../../../shared/domain/rank.ts';
import { checkRoadmap } from '../../../shared/roadmap/checks.ts';
import { sortPhases } from '../../../shared/roadmap/common.ts';
import { applySequence, sequenceTier, suggestSequence } from '../../../shared/roadmap/sequence.ts';
import type { SequenceSuggestion } from '../../../shared/roadmap/sequence.ts';
import type { CandidateOverrides, DocumentSpec } from '../../fixtures/builders.ts';
import {
  APPLIED_AT,
  aCandidate,
  aDocument,
  aSettings,
  applied,
  arbRoadmapDocument,
  arbShuffledDocument,
  idsWritten,
  resetTestEnv,
} from '../../fixtures/builders.ts';

/** V = 100, F = 100: a quick win by its scores, priority 100 (capped). */
const TOP: CandidateOverrides = {
  valueScores: { financialImpact: 5, strategicImportance: 5, riskMitigation: 5, learningValue: 5 },
  feasibilityScores: {
    dataReadiness: 5,
    technicalComplexity: 1,
    integrationRequirements: 1,
    userReadiness: 5,
  },
};

/** V = 50, F = 50: priority 50, quick win by its scores (equal to a threshold counts as high). */
const MIDDLE: CandidateOverrides = {
  valueScores: { financialImpact: 3 },
  feasibilityScores: { dataReadiness: 3 },
};

/** V = 25, F = 25: priority 25, Reconsider. */
const LOW: CandidateOverrides = {
  valueScores: { financialImpact: 2 },
  feasibilityScores: { dataReadiness: 2 },
};

/** A document whose ids start at w1, p1, c1 (phases default to the three default phases). */
function roadmap(
  candidates: CandidateOverrides[],
  spec: Omit<DocumentSpec, 'candidates'> = {},
): WorkshopDocument {
  resetTestEnv();
  return aDocument({ ...spec, candidates });
}

/** The plan as `phase: candidate ids in order`, backlog as `-`, for readable expectations. */
function plan(suggestion: SequenceSuggestion): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of suggestion.placements) (out[p.phaseId ?? '-'] ??= []).push(p.candidateId);
  return out;
}

describe('sequenceTier', () => {
  const settings = aSettings();
  const tier = (overrides: CandidateOverrides): number =>
    sequenceTier(aCandidate(overrides), settings);

  it('puts operational quick wins first, but an experimental one last (PRODUCT.md)', () => {
    expect(tier({ audience: 'operational', horizon: 'quick-win' })).toBe(0);
    expect(tier({ audience: 'operational', ...TOP })).toBe(0);
    expect(tier({ audience: 'operational', horizon: 'quick-win', approach: 'experimental' })).toBe(
      3,
    );
  });

  it('never counts a candidate tagged long-term as a quick win, whatever its quadrant', () => {
    expect(tier({ audience: 'operational', horizon: 'long-term', ...TOP })).toBe(3);
    // Placed in Quick wins by the room but untagged: a quick win by the room's decision.
    expect(tier({ audience: 'operational', ...LOW, placement: { x: 90, y: 90 } })).toBe(0);
    // Scores say Quick wins, but the room placed it in Reconsider: not a quick win.
    expect(tier({ audience: 'operational', ...TOP, placement: { x: 10, y: 10 } })).toBe(2);
  });

  it('puts customer-facing next, then the rest, then long-term or experimental', () => {
    expect(tier({ audience: 'customer-facing', horizon: 'quick-win' })).toBe(1);
    expect(tier({})).toBe(2);
    expect(tier({ audience: 'operational' })).toBe(2);
    expect(tier({ audience: 'operational', horizon: 'long-term', ...TOP })).toBe(3);
    expect(tier({ audience: 'customer-facing', approach: 'experimental' })).toBe(3);
  });
});

describe('suggestSequence', () => {
  it('takes operational quick wins first, customer-facing next, long-term last', () => {
    const doc = roadmap(
      [
        { title: 'Fraud graph', horizon: 'long-term', effort: 'L', ...TOP },
        { title: 'Chatbot', audience: 'customer-facing', effort: 'L', ...TOP },
        { title: 'Invoices', audience: 'operational', horizon: 'quick-win', effort: 'L', ...LOW },
      ],
      { phases: [{ capacity: 4 }, { capacity: 4 }, { capacity: 4 }] },
    );
    expect(plan(suggestSequence(doc))).toEqual({ p1: ['c3'], p2: ['c2'], p3: ['c1'] });
  });

  it('takes a tier by priority, the unscored last, then by title and id', () => {
    const doc = roadmap(
      [
        { id: 'b', title: 'Same' },
        { id: 'a', title: 'Same' },
        { id: 'c', title: 'Unscored but first by title', effort: 'S' },
        { id: 'd', title: 'Low', ...LOW },
        { id: 'e', title: 'Top', ...TOP },
        { id: 'f', title: 'Middle', ...MIDDLE },
      ],
      {
        phases: [
          { capacity: 2 },
          { capacity: 2 },
          { capacity: 2 },
          { capacity: 2 },
          { capacity: 2 },
          { capacity: 2 },
        ],
      },
    );
    expect(plan(suggestSequence(doc))).toEqual({
      p1: ['e'],
      p2: ['f'],
      p3: ['d'],
      p4: ['a'],
      p5: ['b'],
      p6: ['c'],
    });
  });

  it('never schedules a candidate before what it depends on, and pulls its dependency forward', () => {
    const doc = roadmap(
      [
        {
          title: 'Churn prediction',
          audience: 'customer-facing',
          effort: 'M',
          dependencies: ['c2'],
          ...TOP,
        },
        { title: 'Data pipeline', horizon: 'long-term', effort: 'M', ...LOW },
        { title: 'Invoices', audience: 'operational', horizon: 'quick-win', effort: 'M', ...LOW },
        { title: 'Untagged', effort: 'M', ...TOP },
      ],
      { phases: [{ capacity: 4 }, { capacity: 4 }] },
    );
    // On its own the pipeline ranks last, after "Untagged"; but churn prediction (customer-facing,
    // so before "Untagged") needs it, so it takes the room left in phase 1.
    expect(plan(suggestSequence(doc))).toEqual({ p1: ['c3', 'c2'], p2: ['c1', 'c4'] });
  });

  it('lists a dependency above its dependent inside one phase', () => {
    const doc = roadmap([
      { title: 'Chatbot', dependencies: ['c2'], ...TOP },
      { title: 'Knowledge base', ...LOW },
    ]);
    expect(suggestSequence(doc).placements.slice(0, 2)).toEqual([
      { candidateId: 'c2', phaseId: 'p1', phaseRank: rankOfIndex(0) },
      { candidateId: 'c1', phaseId: 'p1', phaseRank: rankOfIndex(1) },
    ]);
  });

  it('fills phases within capacity and leaves the rest, and what depends on it, in the backlog', () => {
    const doc = roadmap(
      [
        { title: 'A', effort: 'L', ...TOP },
        { title: 'B', effort: 'L', ...MIDDLE },
        { title: 'C', effort: 'L', ...LOW },
        { title: 'D', effort: 'S', dependencies: ['c3'], ...LOW },
      ],
      { phases: [{ capacity: 4 }, { capacity: 5 }] },
    );
    const suggestion = suggestSequence(doc);
    expect(plan(suggestion)).toEqual({ p1: ['c1'], p2: ['c2'], '-': ['c3', 'c4'] });
    expect(suggestion).toMatchObject({
      unplaced: ['c3'],
      blocked: ['c4'],
      oversized: [],
      cyclic: [],
    });
  });

  it('leaves a candidate bigger than every phase in the backlog, says so, and holds back what needs it', () => {
    const doc = roadmap(
      [
        { title: 'Small', effort: 'S', ...TOP },
        { title: 'Huge', effort: 'XL', ...MIDDLE },
        { title: 'After huge', effort: 'S', dependencies: ['c2'], ...LOW },
      ],
      { phases: [{ capacity: 4 }, { capacity: 4 }, { capacity: 4 }] },
    );
    const suggestion = suggestSequence(doc);
    expect(plan(suggestion)).toEqual({ p1: ['c1'], '-': ['c2', 'c3'] });
    expect(suggestion.oversized).toEqual(['c2']);
    expect(suggestion.blocked).toEqual(['c3']);
    // No phase goes over its capacity.
    expect(
      checkRoadmap(applied(doc, applySequence(doc, suggestion))).filter(
        (i) => i.rule === 'capacity',
      ),
    ).toEqual([]);
  });

  it('leaves candidates in a cycle, and what depends on them, in the backlog', () => {
    const doc = roadmap([
      { title: 'A', dependencies: ['c2'] },
      { title: 'B', dependencies: ['c1'] },
      { title: 'C', dependencies: ['c1'] },
      { title: 'D' },
    ]);
    const suggestion = suggestSequence(doc);
    expect(plan(suggestion)).toEqual({ p1: ['c4'], '-': ['c1', 'c2', 'c3'] });
    expect(suggestion).toMatchObject({ cyclic: ['c1', 'c2'], blocked: ['c3'], unplaced: [] });
  });

  it('leaves everything unplaced when the workshop has no phase', () => {
    const doc = roadmap([{ effort: 'XL' }, {}], { phases: [] });
    expect(suggestSequence(doc)).toEqual({
      placements: [
        { candidateId: 'c1', phaseId: null, phaseRank: rankOfIndex(0) },
        { candidateId: 'c2', phaseId: null, phaseRank: rankOfIndex(0) },
      ],
      oversized: [],
      unplaced: ['c1', 'c2'],
      blocked: [],
      cyclic: [],
    });
  });

  it('ignores the current plan and copes with 3,000 candidates in one chain', () => {
    const n = 3_000;
    const candidates = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      effort: 'S' as const,
      phaseId: i % 2 === 0 ? 'p1' : null,
      dependencies: i === 0 ? [] : [`c${i - 1}`],
    }));
    const suggestion = suggestSequence(
      roadmap(candidates, {
        phases: [{ capacity: 1_000 }, { capacity: 1_000 }, { capacity: 1_000 }],
      }),
    );
    expect(suggestion.placements.slice(0, 2)).toEqual([
      { candidateId: 'c0', phaseId: 'p1', phaseRank: rankOfIndex(0) },
      { candidateId: 'c1', phaseId: 'p1', phaseRank: rankOfIndex(1) },
    ]);
    expect(suggestion.unplaced).toHaveLength(0);
  });
});

describe('applySequence', () => {
  it('writes only the candidates that move, as one change', () => {
    const doc = roadmap([
      { title: 'Moves', phaseId: null, ...TOP },
      { title: 'A stays', phaseId: 'p1', phaseRank: rankOfIndex(0), ...TOP, effort: 'L' },
      { title: 'Back to backlog', phaseId: 'p2', phaseRank: rankOfIndex(3), dependencies: ['c4'] },
      { title: 'Cycle', dependencies: ['c3'] },
    ]);
    const suggestion = suggestSequence(doc);
    const change = applySequence(doc, suggestion);
    expect(Object.keys(change)).toEqual(['patch']);
    expect(idsWritten(change, 'candidates')).toEqual(['c1', 'c3']);
    expect(idsWritten(change, 'phases')).toEqual([]);
    // Each patch sets the candidate's place and nothing else.
    for (const p of change.patch?.candidates ?? []) {
      expect(Object.keys(p).sort()).toEqual(['id', 'set']);
      expect(['phaseId', 'phaseRank']).toEqual(expect.arrayContaining(Object.keys(p.set ?? {})));
    }
    const next = applied(doc, change);
    const byId = new Map(next.candidates.map((c) => [c.id, c]));
    expect(
      ['c1', 'c2', 'c3', 'c4'].map((id) => [id, byId.get(id)?.phaseId, byId.get(id)?.phaseRank]),
    ).toEqual([
      ['c1', 'p1', rankOfIndex(1)],
      ['c2', 'p1', rankOfIndex(0)],
      ['c3', null, rankOfIndex(3)],
      ['c4', null, rankOfIndex(0)],
    ]);
    expect(byId.get('c1')?.updatedAt).toBe(APPLIED_AT);
    expect(byId.get('c3')?.updatedAt).toBe(APPLIED_AT);
    // The candidates that stay are not written at all.
    expect(byId.get('c2')).toBe(doc.candidates[1]);
    expect(byId.get('c4')).toBe(doc.candidates[3]);
  });

  it('is empty once the suggestion is accepted', () => {
    fc.assert(
      fc.property(arbRoadmapDocument(), (doc) => {
        const suggestion = suggestSequence(doc);
        const accepted = accept(doc, suggestion);
        expect(suggestSequence(accepted)).toEqual(suggestion);
        expect(isEmptyChange(applySequence(accepted, suggestion))).toBe(true);
      }),
    );
  });
});

/** The document after accepting a suggestion. */
function accept(doc: WorkshopDocument, suggestion: SequenceSuggestion): WorkshopDocument {
  return applied(doc, applySequence(doc, suggestion));
}

describe('laws of suggestSequence on random workshops', () => {
  const anyDoc = fc.oneof(arbRoadmapDocument({ isAcyclic: true }), arbRoadmapDocument());

  it('never schedules a candidate before a dependency (phase, then order in the phase)', () => {
    fc.assert(
      fc.property(anyDoc, (doc) => {
        const suggestion = suggestSequence(doc);
        const rank = new Map(sortPhases(doc.phases).map((p, r) => [p.id, r]));
        const at = new Map(suggestion.placements.map((p) => [p.candidateId, p]));
        for (const c of doc.candidates) {
          const mine = at.get(c.id);
          if (mine?.phaseId == null) continue;
          for (const d of c.dependencies) {
            const theirs = at.get(d);
            expect(theirs?.phaseId).not.toBeNull();
            const mineRank = rank.get(mine.phaseId) ?? -1;
            const theirRank = rank.get(theirs?.phaseId ?? '') ?? Infinity;
            expect(theirRank).toBeLessThanOrEqual(mineRank);
            if (theirRank === mineRank) {
              expect(compareRanks(theirs?.phaseRank ?? '', mine.phaseRank)).toBe(-1);
            }
          }
        }
      }),
    );
  });

  it('keeps every phase within its capacity, and each oversized candidate in the backlog', () => {
    // The property must meet oversized candidates, or it says nothing about them.
    let oversizedSeen = 0;
    fc.assert(
      fc.property(anyDoc, (doc) => {
        const suggestion = suggestSequence(doc);
        const effortOf = new Map(doc.candidates.map((c) => [c.id, EFFORT_POINTS[c.effort]]));
        const phaseOf = new Map(suggestion.placements.map((p) => [p.candidateId, p.phaseId]));
        const maxCapacity = Math.max(...doc.phases.map((p) => p.capacity));
        for (const id of suggestion.oversized) {
          expect(effortOf.get(id)).toBeGreaterThan(maxCapacity);
          expect(phaseOf.get(id)).toBeNull();
        }
        oversizedSeen += suggestion.oversized.length;
        for (const phase of doc.phases) {
          const held = suggestion.placements.filter((p) => p.phaseId === phase.id);
          const effort = held.reduce((sum, p) => sum + (effortOf.get(p.candidateId) ?? 0), 0);
          expect(effort).toBeLessThanOrEqual(phase.capacity);
        }
      }),
    );
    expect(oversizedSeen).toBeGreaterThan(0);
  });

  it('gives the same plan whatever the order of the arrays', () => {
    fc.assert(
      fc.property(
        anyDoc.chain((doc) => fc.tuple(fc.constant(doc), arbShuffledDocument(doc))),
        ([doc, shuffled]) => {
          expect(suggestSequence(shuffled)).toEqual(suggestSequence(doc));
        },
      ),
    );
  });

  it('drops no candidate: each is placed once, or left in the backlog with a reason', () => {
    fc.assert(
      fc.property(anyDoc, (doc) => {
        const suggestion = suggestSequence(doc);
        const ids = doc.candidates.map((c) => c.id).sort();
        expect(suggestion.placements.map((p) => p.candidateId).sort()).toEqual(ids);
        const left = suggestion.placements
          .filter((p) => p.phaseId === null)
          .map((p) => p.candidateId);
        const reasons = [
          ...suggestion.oversized,
          ...suggestion.unplaced,
          ...suggestion.blocked,
          ...suggestion.cyclic,
        ];
        expect(reasons.sort()).toEqual(left.sort());
        const phaseIds = new Set(doc.phases.map((p) => p.id));
        for (const p of suggestion.placements) {
          if (p.phaseId !== null) expect(phaseIds.has(p.phaseId)).toBe(true);
        }
      }),
    );
  });

  it('leaves exactly the candidates on a cycle in `cyclic`', () => {
    fc.assert(
      fc.property(arbRoadmapDocument({ maxCandidates: 12 }), (doc) => {
        const deps = new Map(doc.candidates.map((c) => [c.id, c.dependencies]));
        const reaches = (from: string, to: string): boolean => {
          const seen = new Set<string>();
          const stack = [...(deps.get(from) ?? [])];
          for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
            if (id === to) return true;
            if (seen.has(id)) continue;
            seen.add(id);
            stack.push(...(deps.get(id) ?? []));
          }
          return false;
        };
        const expected = doc.candidates.filter((c) => reaches(c.id, c.id)).map((c) => c.id);
        expect([...suggestSequence(doc).cyclic].sort()).toEqual(expected.sort());
      }),
    );
  });

  it('once accepted, passes the dependency and capacity checks', () => {
    fc.assert(
      fc.property(anyDoc, (doc) => {
        const suggestion = suggestSequence(doc);
        const issues = checkRoadmap(accept(doc, suggestion));
        expect(issues.filter((i) => i.rule === 'dependency-order')).toEqual([]);
        expect(issues.filter((i) => i.rule === 'capacity')).toEqual([]);
        if (suggestion.cyclic.length === 0) {
          expect(issues.some((i) => i.rule === 'dependency-cycle')).toBe(false);
        }
      }),
    );
  });
});
