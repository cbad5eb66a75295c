import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEASIBILITY_CRITERIA, VALUE_CRITERIA } from '../../shared/domain/criteria.ts';
import type { FeasibilityCriterion } from '../../shared/domain/criteria.ts';
import {
  feasibilityScore,
  priorityScore,
  quadrantOf,
  scoreCandidate,
  strongValueCount,
  valueScore,
} from '../../shared/domain/scoring.ts';
import type { FeasibilityScores, ValueScores } from '../../shared/records/candidate.ts';
import type { WorkshopSettings } from '../../shared/records/workshop.ts';
import {
  aFeasibilityScores,
  aSettings,
  aValueScores,
  arbFeasibilityScores,
  arbScores,
  arbSettings,
  arbValueScores,
  uniformFeasibilityScores,
  uniformValueScores,
} from '../fixtures/builders.ts';

const defaults = aSettings();

/** Data 3, complexity 3, integration 3, user 3: every criterion at (3 - 1) / 4, so F = 50. */
const middleFeasibility = uniformFeasibilityScores(3);

describe('valueScore', () => {
  it('maps all 5s to 100 and all 1s to 0', () => {
    expect(valueScore(uniformValueScores(5), defaults)).toBe(100);
    expect(valueScore(uniformValueScores(1), defaults)).toBe(0);
  });

  it('maps each step of the 1-5 scale to a quarter of the axis', () => {
    expect(valueScore(uniformValueScores(2), defaults)).toBe(25);
    expect(valueScore(uniformValueScores(3), defaults)).toBe(50);
    expect(valueScore(uniformValueScores(4), defaults)).toBe(75);
  });

  it('averages only the criteria that have a score', () => {
    // (5-1)/4 = 1 and (3-1)/4 = 0.5 over two scored criteria: 100 * 1.5 / 2.
    const scores = aValueScores({ financialImpact: 5, strategicImportance: 3 });
    expect(valueScore(scores, defaults)).toBe(75);
    expect(valueScore(aValueScores({ learningValue: 2 }), defaults)).toBe(25);
  });

  it('is null, not 0, when nothing is scored', () => {
    expect(valueScore(aValueScores(), defaults)).toBeNull();
  });

  it('weights each criterion by the workshop weight', () => {
    // 100 * (3 * 1 + 1 * 0) / (3 + 1)
    const settings = aSettings({ valueWeights: { financialImpact: 3 } });
    const scores = aValueScores({ financialImpact: 5, strategicImportance: 1 });
    expect(valueScore(scores, settings)).toBe(75);
    // 100 * (1 * 0.75 + 2 * 0.25 + 0.5 * 1) / 3.5 = 100 * 1.75 / 3.5
    const mixed = aSettings({ valueWeights: { strategicImportance: 2, riskMitigation: 0.5 } });
    const more = aValueScores({ financialImpact: 4, strategicImportance: 2, riskMitigation: 5 });
    expect(valueScore(more, mixed)).toBeCloseTo(50, 10);
  });

  it('ignores a criterion whose weight is 0', () => {
    const settings = aSettings({ valueWeights: { financialImpact: 0 } });
    const scores = aValueScores({ financialImpact: 1, strategicImportance: 5 });
    expect(valueScore(scores, settings)).toBe(100);
  });

  it('is null when every scored criterion weighs 0', () => {
    const allZero = aSettings({
      valueWeights: {
        financialImpact: 0,
        strategicImportance: 0,
        riskMitigation: 0,
        learningValue: 0,
      },
    });
    expect(valueScore(uniformValueScores(5), allZero)).toBeNull();
    const onlyZeroWeighted = aSettings({ valueWeights: { financialImpact: 0 } });
    expect(valueScore(aValueScores({ financialImpact: 5 }), onlyZeroWeighted)).toBeNull();
  });

  it('gives exactly 50 for a mean of exactly 50 with decimal weights (no float noise)', () => {
    // 100 * (4.4 * 0.25 + 2.2 * 1) / 6.6 = 50, which plain float arithmetic gives as 49.99999999999999.
    const settings = aSettings({
      valueWeights: {
        financialImpact: 0,
        strategicImportance: 4.4,
        riskMitigation: 2.2,
        learningValue: 0,
      },
    });
    const scores: ValueScores = {
      financialImpact: 4,
      strategicImportance: 2,
      riskMitigation: 5,
      learningValue: 3,
    };
    expect(valueScore(scores, settings)).toBe(50);
    expect(quadrantOf(valueScore(scores, settings), 50, settings)).toBe('quick-wins');
  });
});

describe('feasibilityScore', () => {
  it('is 100 for ready data and users with low complexity and light integration', () => {
    const best = aFeasibilityScores({
      dataReadiness: 5,
      technicalComplexity: 1,
      integrationRequirements: 1,
      userReadiness: 5,
    });
    expect(feasibilityScore(best, defaults)).toBe(100);
  });

  it('is 0 for missing data, resistant users, very complex and heavy integration', () => {
    const worst = aFeasibilityScores({
      dataReadiness: 1,
      technicalComplexity: 5,
      integrationRequirements: 5,
      userReadiness: 1,
    });
    expect(feasibilityScore(worst, defaults)).toBe(0);
  });

  it('counts technical complexity and integration requirements inverted (6 - s)', () => {
    expect(feasibilityScore(uniformFeasibilityScores(5), defaults)).toBe(50);
    expect(feasibilityScore(uniformFeasibilityScores(1), defaults)).toBe(50);
    expect(feasibilityScore(aFeasibilityScores({ technicalComplexity: 5 }), defaults)).toBe(0);
    expect(feasibilityScore(aFeasibilityScores({ technicalComplexity: 1 }), defaults)).toBe(100);
    expect(feasibilityScore(aFeasibilityScores({ technicalComplexity: 2 }), defaults)).toBe(75);
    expect(feasibilityScore(aFeasibilityScores({ integrationRequirements: 4 }), defaults)).toBe(25);
  });

  it('does not invert data readiness or user readiness', () => {
    expect(feasibilityScore(aFeasibilityScores({ dataReadiness: 5 }), defaults)).toBe(100);
    expect(feasibilityScore(aFeasibilityScores({ userReadiness: 2 }), defaults)).toBe(25);
  });

  it('averages only the scored criteria, with the feasibility weights', () => {
    // data 4 -> 0.75 (weight 2), complexity 4 -> 6-4 = 2 -> 0.25 (weight 1): 100 * 1.75 / 3.
    const settings = aSettings({ feasibilityWeights: { dataReadiness: 2 } });
    const scores = aFeasibilityScores({ dataReadiness: 4, technicalComplexity: 4 });
    expect(feasibilityScore(scores, settings)).toBeCloseTo(175 / 3, 9);
    expect(feasibilityScore(aFeasibilityScores(), settings)).toBeNull();
  });
});

describe('strongValueCount', () => {
  it('counts the value criteria scored 4 or 5', () => {
    expect(strongValueCount(aValueScores(), defaults)).toBe(0);
    expect(strongValueCount(uniformValueScores(3), defaults)).toBe(0);
    expect(
      strongValueCount(aValueScores({ financialImpact: 4, riskMitigation: 5 }), defaults),
    ).toBe(2);
    expect(strongValueCount(uniformValueScores(5), defaults)).toBe(4);
  });

  it('leaves out a criterion weighted 0, as V does ("0 leaves it out")', () => {
    const settings = aSettings({ valueWeights: { riskMitigation: 0, learningValue: 0 } });
    expect(strongValueCount(uniformValueScores(5), settings)).toBe(2);
    // V = 100 from the two weighted criteria, F = 50: 60 + 20 + 5 for k = 2 (not +15 for 4).
    expect(
      scoreCandidate(
        { valueScores: uniformValueScores(5), feasibilityScores: middleFeasibility },
        settings,
      ).priority,
    ).toBeCloseTo(85, 9);
  });
});

describe('priorityScore', () => {
  function priorityOf(
    valueScores: ValueScores,
    feasibilityScores: FeasibilityScores,
    settings: WorkshopSettings = defaults,
  ): number | null {
    return scoreCandidate({ valueScores, feasibilityScores }, settings).priority;
  }

  it('is 0.6 V + 0.4 F without a bonus when at most one value criterion is strong', () => {
    // V = 100 * (1 + 0 + 0 + 0) / 4 = 25, F = 50, k = 1: 0.6 * 25 + 0.4 * 50 = 35.
    const oneStrong = aValueScores({
      financialImpact: 5,
      strategicImportance: 1,
      riskMitigation: 1,
      learningValue: 1,
    });
    expect(priorityOf(oneStrong, middleFeasibility)).toBeCloseTo(35, 9);
    // V = 50, F = 50, k = 0.
    expect(priorityOf(uniformValueScores(3), middleFeasibility)).toBeCloseTo(50, 9);
  });

  it('adds 5 per strong value criterion beyond the first (k = 3 -> +10)', () => {
    // V = 100 * (1 + 0.75 + 0.75 + 0) / 4 = 62.5, F = 50: 37.5 + 20 + 10.
    const threeStrong = aValueScores({
      financialImpact: 5,
      strategicImportance: 4,
      riskMitigation: 4,
      learningValue: 1,
    });
    expect(strongValueCount(threeStrong, defaults)).toBe(3);
    expect(priorityOf(threeStrong, middleFeasibility)).toBeCloseTo(67.5, 9);
    // All 4s: V = 75, k = 4: 45 + 20 + 15.
    expect(priorityOf(uniformValueScores(4), middleFeasibility)).toBeCloseTo(80, 9);
  });

  it('is capped at 100', () => {
    const best = aFeasibilityScores({
      dataReadiness: 5,
      technicalComplexity: 1,
      integrationRequirements: 1,
      userReadiness: 5,
    });
    // 0.6 * 100 + 0.4 * 100 + 15 would be 115.
    expect(priorityOf(uniformValueScores(5), best)).toBe(100);
  });

  it('splits V and F by the workshop setting', () => {
    const v = 80;
    const f = 20;
    const scores = aValueScores();
    expect(priorityScore(v, f, scores, aSettings({ priorityValueShare: 1 }))).toBe(80);
    expect(priorityScore(v, f, scores, aSettings({ priorityValueShare: 0 }))).toBe(20);
    expect(priorityScore(v, f, scores, aSettings({ priorityValueShare: 0.5 }))).toBe(50);
    expect(priorityScore(v, f, scores, defaults)).toBeCloseTo(56, 9);
  });

  it('is null unless both V and F are known', () => {
    expect(priorityScore(null, 50, aValueScores(), defaults)).toBeNull();
    expect(priorityScore(50, null, aValueScores(), defaults)).toBeNull();
    expect(priorityOf(uniformValueScores(5), aFeasibilityScores())).toBeNull();
  });
});

describe('quadrantOf', () => {
  it('places the four quadrants at the default 50/50 thresholds', () => {
    expect(quadrantOf(80, 80, defaults)).toBe('quick-wins');
    expect(quadrantOf(80, 20, defaults)).toBe('strategic-bets');
    expect(quadrantOf(20, 80, defaults)).toBe('fill-ins');
    expect(quadrantOf(20, 20, defaults)).toBe('reconsider');
  });

  it('counts a score equal to a threshold as high', () => {
    expect(quadrantOf(50, 50, defaults)).toBe('quick-wins');
    expect(quadrantOf(50, 49.9, defaults)).toBe('strategic-bets');
    expect(quadrantOf(49.9, 50, defaults)).toBe('fill-ins');
    expect(quadrantOf(49.9, 49.9, defaults)).toBe('reconsider');
  });

  it('uses the workshop thresholds', () => {
    const settings = aSettings({ thresholds: { value: 70, feasibility: 30 } });
    expect(quadrantOf(60, 40, settings)).toBe('fill-ins');
    expect(quadrantOf(70, 30, settings)).toBe('quick-wins');
    expect(quadrantOf(80, 20, settings)).toBe('strategic-bets');
    expect(quadrantOf(69, 29, settings)).toBe('reconsider');
    expect(quadrantOf(60, 40, defaults)).toBe('strategic-bets');
  });

  it('has no quadrant for a candidate without a position on an axis', () => {
    expect(quadrantOf(null, 80, defaults)).toBeNull();
    expect(quadrantOf(80, null, defaults)).toBeNull();
    expect(quadrantOf(null, null, defaults)).toBeNull();
  });
});

describe('scoreCandidate', () => {
  it('gives V, F, priority and quadrant together', () => {
    const scored = scoreCandidate(
      {
        valueScores: aValueScores({ financialImpact: 5, strategicImportance: 4 }),
        feasibilityScores: aFeasibilityScores({ dataReadiness: 2, technicalComplexity: 4 }),
      },
      defaults,
    );
    // V = 100 * (1 + 0.75) / 2 = 87.5; F = 100 * (0.25 + 0.25) / 2 = 25; k = 2 -> +5.
    expect(scored.value).toBe(87.5);
    expect(scored.feasibility).toBe(25);
    expect(scored.priority).toBeCloseTo(0.6 * 87.5 + 0.4 * 25 + 5, 9);
    expect(scored.quadrant).toBe('strategic-bets');
  });

  it('leaves an unscored candidate in the tray: no V, F, priority or quadrant', () => {
    const scored = scoreCandidate(
      { valueScores: aValueScores(), feasibilityScores: aFeasibilityScores() },
      defaults,
    );
    expect(scored).toEqual({ value: null, feasibility: null, priority: null, quadrant: null });
  });

  it('has no quadrant or priority while only one axis is scored', () => {
    const scored = scoreCandidate(
      { valueScores: uniformValueScores(4), feasibilityScores: aFeasibilityScores() },
      defaults,
    );
    expect(scored).toEqual({ value: 75, feasibility: null, priority: null, quadrant: null });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** True when a criterion with a weight above 0 has a score. */
function hasWeightedScore<K extends string>(
  scores: Readonly<Record<K, number | null>>,
  weights: Readonly<Record<K, number>>,
): boolean {
  return (Object.keys(scores) as K[]).some((k) => scores[k] !== null && weights[k] > 0);
}

const arbRaise = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('scoring properties', () => {
  it('V and F lie in [0, 100], and are null exactly when nothing weighted is scored', () => {
    fc.assert(
      fc.property(arbScores, arbSettings, ({ valueScores, feasibilityScores }, settings) => {
        const v = valueScore(valueScores, settings);
        const f = feasibilityScore(feasibilityScores, settings);
        expect(v === null).toBe(!hasWeightedScore(valueScores, settings.valueWeights));
        expect(f === null).toBe(!hasWeightedScore(feasibilityScores, settings.feasibilityWeights));
        for (const x of [v, f]) {
          if (x !== null) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('V never falls when a value criterion is scored higher', () => {
    fc.assert(
      fc.property(
        arbValueScores,
        arbSettings,
        fc.constantFrom(...VALUE_CRITERIA),
        arbRaise,
        (scores, settings, key, [low, high]) => {
          const before = valueScore({ ...scores, [key]: low }, settings);
          const after = valueScore({ ...scores, [key]: high }, settings);
          // The criterion is scored both times, so both are null or neither is.
          expect(after === null).toBe(before === null);
          if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });

  const isReadiness = (key: FeasibilityCriterion): boolean =>
    key === 'dataReadiness' || key === 'userReadiness';

  it('F rises with data and user readiness and falls with complexity and integration', () => {
    fc.assert(
      fc.property(
        arbFeasibilityScores,
        arbSettings,
        fc.constantFrom(...FEASIBILITY_CRITERIA),
        arbRaise,
        (scores, settings, key, [low, high]) => {
          const before = feasibilityScore({ ...scores, [key]: low }, settings);
          const after = feasibilityScore({ ...scores, [key]: high }, settings);
          expect(after === null).toBe(before === null);
          if (before === null || after === null) return;
          if (isReadiness(key)) expect(after).toBeGreaterThanOrEqual(before);
          else expect(after).toBeLessThanOrEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('priority lies in [0, 100] and exists exactly when V and F do', () => {
    fc.assert(
      fc.property(arbScores, arbSettings, (candidate, settings) => {
        const { value, feasibility, priority, quadrant } = scoreCandidate(candidate, settings);
        const isPositioned = value !== null && feasibility !== null;
        expect(priority !== null).toBe(isPositioned);
        expect(quadrant !== null).toBe(isPositioned);
        if (priority !== null) {
          expect(priority).toBeGreaterThanOrEqual(0);
          expect(priority).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 500 },
    );
  });
});
