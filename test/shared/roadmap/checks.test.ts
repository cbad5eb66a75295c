import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { compareRanks, rankOfIndex } from '../../../shared/domain/rank.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import { checkRoadmap } from '../../../shared/roadmap/checks.ts';
import type { RoadmapIssue, RoadmapRule } from '../../../shared/roadmap/checks.ts';
import { sortPhases } from '../../../shared/roadmap/common.ts';
import type { CandidateOverrides, DocumentSpec } from '../../fixtures/builders.ts';
import {
  aDocument,
  aGovernance,
  arbRoadmapDocument,
  arbShuffledDocument,
  resetTestEnv,
} from '../../fixtures/builders.ts';

/** Scores that put a candidate in the Quick wins quadrant (V = 100, F = 100). */
const QUICK_WIN_SCORES: CandidateOverrides = {
  valueScores: { financialImpact: 5, strategicImportance: 5, riskMitigation: 5, learningValue: 5 },
  feasibilityScores: {
    dataReadiness: 5,
    technicalComplexity: 1,
    integrationRequirements: 1,
    userReadiness: 5,
  },
};

/** Scores that put a candidate among the Strategic bets (V = 100, F = 0). */
const STRATEGIC_BET_SCORES: CandidateOverrides = {
  valueScores: QUICK_WIN_SCORES.valueScores,
  feasibilityScores: {
    dataReadiness: 1,
    technicalComplexity: 5,
    integrationRequirements: 5,
    userReadiness: 1,
  },
};

/**
 * A document with the three default phases p1, p2, p3 (capacity 12, 16, 20) unless told otherwise,
 * and candidates c1, c2...: ids start again at 1 for every document.
 */
function roadmap(
  candidates: CandidateOverrides[],
  spec: Omit<DocumentSpec, 'candidates'> = {},
): WorkshopDocument {
  resetTestEnv();
  return aDocument({ ...spec, candidates });
}

function ofRule(doc: WorkshopDocument, rule: RoadmapRule): RoadmapIssue[] {
  return checkRoadmap(doc).filter((i) => i.rule === rule);
}

describe('dependency order', () => {
  it('is an error when a dependency is in a later phase, naming both candidates and phases', () => {
    const doc = roadmap([
      { title: 'Recommendations', phaseId: 'p1', dependencies: ['c2'] },
      { title: 'Customer data pipeline', phaseId: 'p2' },
    ]);
    expect(ofRule(doc, 'dependency-order')).toEqual([
      {
        id: 'dependency-order:c1:c2',
        rule: 'dependency-order',
        severity: 'error',
        message:
          '“Recommendations” (Phase 1 - Foundation) depends on “Customer data pipeline”, which is in Phase 2 - Expansion: move “Customer data pipeline” to Phase 1 - Foundation, or move “Recommendations” to Phase 2 - Expansion or later.',
        candidateIds: ['c1', 'c2'],
        phaseIds: ['p1', 'p2'],
      },
    ]);
  });

  it('says "or earlier" when the dependent is not in the first phase', () => {
    const doc = roadmap([
      { title: 'Churn prediction', phaseId: 'p2', dependencies: ['c2'] },
      { title: 'Customer data pipeline', phaseId: 'p3' },
    ]);
    expect(ofRule(doc, 'dependency-order')[0]?.message).toBe(
      '“Churn prediction” (Phase 2 - Expansion) depends on “Customer data pipeline”, which is in Phase 3 - Transformation: move “Customer data pipeline” to Phase 2 - Expansion or earlier, or move “Churn prediction” to Phase 3 - Transformation or later.',
    );
  });

  it('is an error when a dependency is still in the backlog', () => {
    const doc = roadmap([
      { title: 'Recommendations', phaseId: 'p2', dependencies: ['c2'] },
      { title: 'Customer data pipeline', phaseId: null },
    ]);
    const [issue] = ofRule(doc, 'dependency-order');
    expect(issue?.message).toBe(
      '“Recommendations” (Phase 2 - Expansion) depends on “Customer data pipeline”, which is still in the backlog: schedule “Customer data pipeline” in Phase 2 - Expansion or earlier, or move “Recommendations” back to the backlog.',
    );
    expect(issue?.phaseIds).toEqual(['p2']);
  });

  it('accepts a dependency in an earlier phase', () => {
    const doc = roadmap([{ phaseId: 'p3', dependencies: ['c2'] }, { phaseId: 'p1' }]);
    expect(ofRule(doc, 'dependency-order')).toEqual([]);
  });

  it('inside one phase, flags only a dependency listed below the candidate', () => {
    const doc = roadmap([
      {
        title: 'Chatbot',
        phaseId: 'p1',
        phaseRank: rankOfIndex(1),
        dependencies: ['c2', 'c3', 'c4'],
      },
      { title: 'Knowledge base', phaseId: 'p1', phaseRank: rankOfIndex(0) },
      { title: 'Same slot', phaseId: 'p1', phaseRank: rankOfIndex(1) },
      { title: 'Hand-over', phaseId: 'p1', phaseRank: rankOfIndex(2) },
    ]);
    expect(ofRule(doc, 'dependency-order')).toEqual([
      expect.objectContaining({
        id: 'dependency-order:c1:c4',
        message:
          '“Chatbot” depends on “Hand-over”, which comes after it in Phase 1 - Foundation: move “Hand-over” above “Chatbot”.',
        phaseIds: ['p1'],
      }),
    ]);
  });

  it('ignores candidates in the backlog and dependencies on unknown candidates', () => {
    const doc = roadmap([
      { phaseId: null, dependencies: ['c2'] },
      { phaseId: 'p3' },
      { phaseId: 'p1', dependencies: ['gone'] },
    ]);
    expect(ofRule(doc, 'dependency-order')).toEqual([]);
  });

  it('ranks phases by their order, not by their place in the array', () => {
    const doc = roadmap([{ phaseId: 'p1', dependencies: ['c2'] }, { phaseId: 'p2' }], {
      phases: [{ order: 5 }, { order: 1 }],
    });
    expect(ofRule(doc, 'dependency-order')).toEqual([]);
    const flipped = roadmap([{ phaseId: 'p2', dependencies: ['c2'] }, { phaseId: 'p1' }], {
      phases: [{ order: 5 }, { order: 1 }],
    });
    expect(ofRule(flipped, 'dependency-order')).toHaveLength(1);
  });
});

describe('dependency cycles', () => {
  it('names the cycle in order, from the candidate with the smallest id', () => {
    const doc = roadmap([
      { title: 'A', dependencies: ['c2'] },
      { title: 'B', dependencies: ['c3'] },
      { title: 'C', dependencies: ['c1'] },
      { title: 'D', dependencies: ['c1'] },
    ]);
    expect(ofRule(doc, 'dependency-cycle')).toEqual([
      {
        id: 'dependency-cycle:c1',
        rule: 'dependency-cycle',
        severity: 'error',
        message:
          '“A” → “B” → “C” → “A” depend on each other in a circle: remove one of these dependencies so that the candidates can be put in order.',
        candidateIds: ['c1', 'c2', 'c3'],
        phaseIds: [],
      },
    ]);
  });

  it('names the shortest cycle and counts the others caught in the same knot', () => {
    const doc = roadmap([
      { title: 'A', dependencies: ['c2', 'c3'] },
      { title: 'B', dependencies: ['c1'] },
      { title: 'C', dependencies: ['c4'] },
      { title: 'D', dependencies: ['c1'], phaseId: 'p2' },
    ]);
    const [issue] = ofRule(doc, 'dependency-cycle');
    expect(issue?.message).toBe(
      '“A” → “B” → “A” depend on each other in a circle (2 more candidates are caught in the same knot): remove one of these dependencies so that the candidates can be put in order.',
    );
    expect(issue?.candidateIds).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(issue?.phaseIds).toEqual(['p2']);
  });

  it('reports each knot once, and a candidate that depends on itself', () => {
    const doc = roadmap([
      { title: 'A', dependencies: ['c2'] },
      { title: 'B', dependencies: ['c1'] },
      { title: 'Loop', dependencies: ['c3'] },
    ]);
    expect(ofRule(doc, 'dependency-cycle').map((i) => i.message)).toEqual([
      '“A” → “B” → “A” depend on each other in a circle: remove one of these dependencies so that the candidates can be put in order.',
      '“Loop” → “Loop” depend on each other in a circle: remove one of these dependencies so that the candidates can be put in order.',
    ]);
  });

  it('leaves the order errors inside a cycle to the cycle error', () => {
    const doc = roadmap([
      { phaseId: 'p1', dependencies: ['c2'] },
      { phaseId: 'p2', dependencies: ['c1'] },
    ]);
    const errors = checkRoadmap(doc).filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.rule)).toEqual(['dependency-cycle']);
  });

  it('finds a cycle through 5,000 candidates without overflowing the stack', () => {
    const n = 5_000;
    const candidates = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      title: `T${i}`,
      dependencies: [`c${(i + 1) % n}`],
    }));
    const [issue] = ofRule(roadmap(candidates), 'dependency-cycle');
    expect(issue?.candidateIds).toHaveLength(n);
    expect(issue?.message.startsWith('“T0” → “T1” → “T2”')).toBe(true);
  });
});

describe('capacity', () => {
  it('warns when a phase holds more effort than its capacity, with the numbers', () => {
    const doc = roadmap(
      [
        { effort: 'XL', phaseId: 'p1', phaseRank: rankOfIndex(1) },
        { effort: 'L', phaseId: 'p1', phaseRank: rankOfIndex(0) },
        { effort: 'S', phaseId: 'p1', phaseRank: rankOfIndex(2) },
      ],
      { phases: [{ capacity: 12 }, { capacity: 16 }] },
    );
    expect(ofRule(doc, 'capacity')).toEqual([
      {
        id: 'capacity:p1',
        rule: 'capacity',
        severity: 'warning',
        message:
          'Phase 1 - Foundation holds 13 effort points, 1 over its capacity of 12: move a candidate to a later phase or raise the capacity.',
        candidateIds: ['c2', 'c1', 'c3'],
        phaseIds: ['p1'],
      },
    ]);
  });

  it('is quiet at exactly the capacity, and points the last phase to the backlog', () => {
    const full = roadmap([
      { effort: 'XL', phaseId: 'p1' },
      { effort: 'L', phaseId: 'p1' },
    ]);
    expect(ofRule(full, 'capacity')).toEqual([]);
    const over = roadmap([{ effort: 'XL', phaseId: 'p2' }], { phases: [{}, { capacity: 4 }] });
    expect(ofRule(over, 'capacity')[0]?.message).toBe(
      'Phase 2 - Expansion holds 8 effort points, 4 over its capacity of 4: move a candidate to the backlog or raise the capacity.',
    );
  });
});

describe('momentum', () => {
  it('warns when phase 1 holds no quick win, suggesting the best one elsewhere', () => {
    const doc = roadmap([
      { title: 'Fraud detection', phaseId: 'p1', ...STRATEGIC_BET_SCORES },
      { title: 'Invoice automation', phaseId: 'p2', ...QUICK_WIN_SCORES },
      { title: 'Lead scoring', phaseId: null, horizon: 'quick-win' },
    ]);
    expect(ofRule(doc, 'momentum')).toEqual([
      {
        id: 'momentum:p1',
        rule: 'momentum',
        severity: 'warning',
        message:
          'Phase 1 - Foundation holds no quick-win project: move one such as “Invoice automation” into it to keep momentum.',
        candidateIds: ['c2'],
        phaseIds: ['p1'],
      },
    ]);
  });

  it('warns when phase 1 is empty but later phases are not', () => {
    const doc = roadmap([{ title: 'Fraud detection', phaseId: 'p2', ...STRATEGIC_BET_SCORES }]);
    expect(ofRule(doc, 'momentum')[0]?.message).toBe(
      'Phase 1 - Foundation holds no quick-win project, and no candidate is one yet: tag or place a quick win and schedule it there to keep momentum.',
    );
  });

  it('is quiet while nothing is scheduled', () => {
    const doc = roadmap([{ phaseId: null, ...QUICK_WIN_SCORES }, { phaseId: null }]);
    expect(ofRule(doc, 'momentum')).toEqual([]);
  });

  it('counts a quick win by its horizon tag, or, untagged, by the quadrant the room decided', () => {
    const byQuadrant = roadmap([{ phaseId: 'p1', ...QUICK_WIN_SCORES }]);
    expect(ofRule(byQuadrant, 'momentum')).toEqual([]);
    const byTag = roadmap([{ phaseId: 'p1', horizon: 'quick-win' }]);
    expect(ofRule(byTag, 'momentum')).toEqual([]);
    const byPlacement = roadmap([
      { phaseId: 'p1', ...STRATEGIC_BET_SCORES, placement: { x: 90, y: 90 } },
    ]);
    expect(ofRule(byPlacement, 'momentum')).toEqual([]);
  });

  it('does not count a candidate tagged long-term, nor one the room placed out of Quick wins', () => {
    const longTerm = roadmap([{ phaseId: 'p1', ...QUICK_WIN_SCORES, horizon: 'long-term' }]);
    expect(ofRule(longTerm, 'momentum')).toHaveLength(1);
    const placedOut = roadmap([
      { phaseId: 'p1', ...QUICK_WIN_SCORES, placement: { x: 90, y: 10 } },
    ]);
    expect(ofRule(placedOut, 'momentum')).toHaveLength(1);
  });

  it('uses the workshop thresholds for the quadrant', () => {
    const doc = roadmap(
      [{ phaseId: 'p1', ...QUICK_WIN_SCORES, valueScores: { financialImpact: 4 } }],
      {
        workshop: { settings: { thresholds: { value: 80 } } },
      },
    );
    expect(ofRule(doc, 'momentum')).toHaveLength(1);
  });
});

const ETHICS_DONE = aGovernance({
  trainingDataBias: 'done',
  fairness: 'done',
  deploymentContext: 'done',
  feedbackChannels: 'done',
});

describe('governance gate', () => {
  it('warns about a scheduled customer-facing candidate whose review has not started, and points at its first open item', () => {
    const doc = roadmap([
      { title: 'Customer query chatbot', phaseId: 'p2', audience: 'customer-facing' },
    ]);
    expect(ofRule(doc, 'governance-gate')).toEqual([
      {
        id: 'governance-gate:c1',
        rule: 'governance-gate',
        severity: 'warning',
        message:
          '“Customer query chatbot” (Phase 2 - Expansion) is customer-facing and its ethical review has not started: complete the review before it reaches customers, or mark its items not applicable.',
        candidateIds: ['c1'],
        phaseIds: ['p2'],
        cell: { candidateId: 'c1', item: 'trainingDataBias' },
      },
    ]);
  });

  it('reads the real checklist: quiet when the review is done or not applicable, in progress when partly done', () => {
    const doc = roadmap([
      { title: 'Done', phaseId: 'p2', audience: 'customer-facing', governance: ETHICS_DONE },
      {
        title: 'Not applicable',
        phaseId: 'p2',
        audience: 'customer-facing',
        governance: aGovernance({
          trainingDataBias: 'n/a',
          fairness: 'n/a',
          deploymentContext: 'n/a',
          feedbackChannels: 'n/a',
        }),
      },
      {
        title: 'Ongoing',
        phaseId: 'p2',
        audience: 'customer-facing',
        governance: aGovernance({ trainingDataBias: 'done', fairness: 'n/a' }),
      },
    ]);
    const issues = ofRule(doc, 'governance-gate');
    expect(issues.map((i) => [i.message, i.cell])).toEqual([
      [
        '“Ongoing” (Phase 2 - Expansion) is customer-facing and its ethical review is still in progress: complete the review before it reaches customers, or mark its items not applicable.',
        { candidateId: 'c3', item: 'deploymentContext' },
      ],
    ]);
  });

  it('clears when the last open ethics item is done or marked not applicable', () => {
    const open = aGovernance({
      trainingDataBias: 'done',
      fairness: 'done',
      deploymentContext: 'done',
    });
    const warned = roadmap([{ phaseId: 'p1', audience: 'customer-facing', governance: open }]);
    expect(ofRule(warned, 'governance-gate')).toHaveLength(1);
    for (const state of ['done', 'n/a'] as const) {
      const governance = { ...open, feedbackChannels: { state, owner: '', note: '' } };
      const doc = roadmap([{ phaseId: 'p1', audience: 'customer-facing', governance }]);
      expect(ofRule(doc, 'governance-gate'), state).toEqual([]);
    }
  });

  it('ignores operational and unscheduled candidates', () => {
    const doc = roadmap([
      { phaseId: 'p1', audience: 'operational' },
      { phaseId: null, audience: 'customer-facing' },
    ]);
    expect(ofRule(doc, 'governance-gate')).toEqual([]);
  });
});

describe('readiness gate', () => {
  const gated = { data: 75, model: null, ethics: null };

  it('warns about a scheduled candidate below the readiness its phase asks, saying what to do', () => {
    const doc = roadmap(
      [
        {
          title: 'Lead scoring',
          phaseId: 'p2',
          governance: aGovernance({ ownershipAndAccess: 'done', qualityStandards: 'done' }),
        },
      ],
      { phases: [{}, { readinessGate: gated }, {}] },
    );
    expect(ofRule(doc, 'readiness-gate')).toEqual([
      {
        id: 'readiness-gate:c1:data',
        rule: 'readiness-gate',
        severity: 'warning',
        message:
          '“Lead scoring” has data governance at 50%; Phase 2 - Expansion needs at least 75%: complete its data governance items, or move it to a later phase.',
        candidateIds: ['c1'],
        phaseIds: ['p2'],
        cell: { candidateId: 'c1', item: 'privacyAndCompliance' },
      },
    ]);
  });

  it('passes at exactly the threshold, counting n/a as neither done nor missing', () => {
    // 3 of the 3 items that apply: 100%; 3 of 4: 75%, which meets 75%.
    const threeOfFour = aGovernance({
      ownershipAndAccess: 'done',
      qualityStandards: 'done',
      privacyAndCompliance: 'done',
      retentionAndDeletion: 'in-progress',
    });
    const threeAndNa = {
      ...threeOfFour,
      retentionAndDeletion: { state: 'n/a' as const, owner: '', note: '' },
    };
    const doc = roadmap(
      [
        { phaseId: 'p2', governance: threeOfFour },
        { phaseId: 'p2', governance: threeAndNa },
      ],
      { phases: [{}, { readinessGate: { ...gated, data: 76 } }, {}] },
    );
    expect(ofRule(doc, 'readiness-gate').map((i) => i.id)).toEqual(['readiness-gate:c1:data']);
    const at75 = roadmap([{ phaseId: 'p2', governance: threeOfFour }], {
      phases: [{}, { readinessGate: gated }, {}],
    });
    expect(ofRule(at75, 'readiness-gate')).toEqual([]);
  });

  it('is quiet for an area where nothing applies, for other phases, the backlog and a phase that asks nothing', () => {
    const allNa = aGovernance({
      ownershipAndAccess: 'n/a',
      qualityStandards: 'n/a',
      privacyAndCompliance: 'n/a',
      retentionAndDeletion: 'n/a',
    });
    const doc = roadmap(
      [
        { phaseId: 'p2', governance: allNa },
        { phaseId: 'p1' },
        { phaseId: null },
        { phaseId: 'p3' },
      ],
      { phases: [{}, { readinessGate: gated }, {}] },
    );
    expect(ofRule(doc, 'readiness-gate')).toEqual([]);
  });

  it('gives one warning per area below its gate', () => {
    const doc = roadmap([{ title: 'Chatbot', phaseId: 'p1' }], {
      phases: [{ readinessGate: { data: 50, model: 0, ethics: 100 } }, {}, {}],
    });
    expect(ofRule(doc, 'readiness-gate').map((i) => i.id)).toEqual([
      'readiness-gate:c1:data',
      'readiness-gate:c1:ethics',
    ]);
  });
});

describe('sequencing hint', () => {
  it('hints at moving a long-term experiment out of phase 1', () => {
    const doc = roadmap([
      { title: 'Fraud graph', phaseId: 'p1', horizon: 'long-term', approach: 'experimental' },
    ]);
    expect(ofRule(doc, 'sequencing-hint')).toEqual([
      {
        id: 'sequencing-hint:c1',
        rule: 'sequencing-hint',
        severity: 'hint',
        message:
          '“Fraud graph” is a long-term experiment in Phase 1 - Foundation: consider a later phase, where it can build on what the foundation delivers.',
        candidateIds: ['c1'],
        phaseIds: ['p1'],
      },
    ]);
  });

  it('is quiet for a long-term proven candidate, or a long-term experiment in a later phase', () => {
    const doc = roadmap([
      { phaseId: 'p1', horizon: 'long-term', approach: 'proven' },
      { phaseId: 'p1', horizon: 'quick-win', approach: 'experimental' },
      { phaseId: 'p2', horizon: 'long-term', approach: 'experimental' },
    ]);
    expect(ofRule(doc, 'sequencing-hint')).toEqual([]);
  });
});

describe('the list of issues', () => {
  it('is sorted by severity, rule, phase, then candidate title', () => {
    const doc = roadmap([
      { title: 'Zeta', phaseId: 'p1', horizon: 'long-term', approach: 'experimental' },
      { title: 'Beta', phaseId: 'p2', audience: 'customer-facing', dependencies: ['c4'] },
      { title: 'Alpha', phaseId: 'p1', audience: 'customer-facing', dependencies: ['c4'] },
      { title: 'Gamma', phaseId: 'p3', effort: 'XL' },
      { title: 'Delta', phaseId: 'p3', effort: 'XL' },
      { title: 'Epsilon', phaseId: 'p3', effort: 'XL' },
    ]);
    expect(checkRoadmap(doc).map((i) => i.id)).toEqual([
      'dependency-order:c3:c4',
      'dependency-order:c2:c4',
      'capacity:p3',
      'momentum:p1',
      'governance-gate:c3',
      'governance-gate:c2',
      'sequencing-hint:c1',
    ]);
  });
});

describe('properties', () => {
  it('do not depend on the order of the arrays', () => {
    fc.assert(
      fc.property(
        arbRoadmapDocument().chain((doc) => fc.tuple(fc.constant(doc), arbShuffledDocument(doc))),
        ([doc, shuffled]) => {
          expect(checkRoadmap(shuffled)).toEqual(checkRoadmap(doc));
        },
      ),
    );
  });

  it('give distinct ids, the severity of each rule and one sentence each', () => {
    const severity = {
      'dependency-order': 'error',
      'dependency-cycle': 'error',
      capacity: 'warning',
      momentum: 'warning',
      'governance-gate': 'warning',
      'readiness-gate': 'warning',
      'sequencing-hint': 'hint',
    } as const;
    fc.assert(
      fc.property(arbRoadmapDocument(), (doc) => {
        const issues = checkRoadmap(doc);
        expect(new Set(issues.map((i) => i.id)).size).toBe(issues.length);
        for (const issue of issues) {
          expect(issue.severity).toBe(severity[issue.rule]);
          // The generated titles and names hold no full stop: one sentence has exactly one, at the end.
          expect(issue.message).toMatch(/^[^.]+\.$/);
        }
      }),
    );
  });

  it('flag exactly the dependencies scheduled after their dependent, on an acyclic graph', () => {
    fc.assert(
      fc.property(arbRoadmapDocument({ isAcyclic: true }), (doc) => {
        const rank = new Map(sortPhases(doc.phases).map((p, r) => [p.id, r]));
        const byId = new Map(doc.candidates.map((c) => [c.id, c]));
        const isLate = (c: Candidate, d: Candidate): boolean => {
          const rc = c.phaseId === null ? undefined : rank.get(c.phaseId);
          const rd = d.phaseId === null ? undefined : rank.get(d.phaseId);
          if (rc === undefined) return false;
          if (rd === undefined || rd > rc) return true;
          return rd === rc && compareRanks(d.phaseRank, c.phaseRank) > 0;
        };
        const expected = doc.candidates
          .flatMap((c) => c.dependencies.map((d) => [c, byId.get(d)] as const))
          .filter((pair): pair is readonly [Candidate, Candidate] => pair[1] !== undefined)
          .filter(([c, d]) => isLate(c, d))
          .map(([c, d]) => `dependency-order:${c.id}:${d.id}`)
          .sort();
        const found = checkRoadmap(doc)
          .filter((i) => i.rule === 'dependency-order')
          .map((i) => i.id)
          .sort();
        expect(found).toEqual(expected);
        expect(checkRoadmap(doc).some((i) => i.rule === 'dependency-cycle')).toBe(false);
      }),
    );
  });
});
